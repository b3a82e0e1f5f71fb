import { cell, columnKey, columns, type CsvRow, type CsvTable } from './csv-table';
import { fromTimelineJs, type Located } from './timelinejs';
import type { DateFields } from './timelinejs-date';
import type { ImportOptions, ImportResult } from './types';

/**
 * The TimelineJS spreadsheet template, saved as CSV: one row per slide, with the columns Year,
 * Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media,
 * Media Credit, Media Caption, Media Thumbnail, Type, Group and Background (and Alt Text where a
 * sheet adds it). A row of Type "title" is the title slide, a row of Type "era" an era. Each row
 * becomes the slide TimelineJS would make of it, then an event as from TimelineJS JSON.
 */
const KEYS = {
	year: ['year'],
	month: ['month'],
	day: ['day'],
	time: ['time'],
	endYear: ['endyear'],
	endMonth: ['endmonth'],
	endDay: ['endday'],
	endTime: ['endtime'],
	displayDate: ['displaydate'],
	headline: ['headline'],
	text: ['text'],
	media: ['media'],
	credit: ['mediacredit'],
	caption: ['mediacaption'],
	thumbnail: ['mediathumbnail'],
	alt: ['alttext', 'mediaalt', 'mediaalttext'],
	type: ['type'],
	group: ['group', 'tag'],
	background: ['background']
} as const;

const DATE_FIELDS: { start: DateFields; end: DateFields } = {
	start: { year: 'Year', month: 'Month', day: 'Day' },
	end: { year: 'End Year', month: 'End Month', day: 'End Day' }
};

/** The template's own header: a Year and a Headline column. */
export function isTimelineJsHeader(header: readonly string[]): boolean {
	const keys = new Set(header.map(columnKey));
	return keys.has('year') && keys.has('headline');
}

export function fromTimelineJsCsv(table: CsvTable, options: ImportOptions): ImportResult {
	const at = columns(table.header, KEYS);
	const slide = (row: CsvRow) => {
		const get = (name: keyof typeof KEYS) => cell(row, at[name]);
		return {
			start_date: { year: get('year'), month: get('month'), day: get('day'), time: get('time') },
			end_date: {
				year: get('endYear'),
				month: get('endMonth'),
				day: get('endDay'),
				time: get('endTime')
			},
			display_date: get('displayDate'),
			text: { headline: get('headline'), text: get('text') },
			media: {
				url: get('media'),
				credit: get('credit'),
				caption: get('caption'),
				thumbnail: get('thumbnail'),
				alt: get('alt')
			},
			group: get('group'),
			background: get('background')
		};
	};
	let title: Located | undefined;
	const events: Located[] = [];
	const eras: Located[] = [];
	const warnings: string[] = [];
	for (const row of table.rows) {
		const where = `row ${row.row}`;
		const type = cell(row, at.type).toLowerCase();
		if (type === 'title' && title === undefined) {
			title = { where, value: slide(row) };
			continue;
		}
		if (type === 'title') warnings.push(`${where}: a second title row, read as an event`);
		(type === 'era' ? eras : events).push({ where, value: slide(row) });
	}
	return fromTimelineJs(
		{ format: 'timelinejs-csv', title, events, eras, dateFields: DATE_FIELDS, warnings },
		options
	);
}
