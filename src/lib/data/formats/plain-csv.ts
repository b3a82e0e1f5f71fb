import { assemble, csvHeading, identify, type Draft } from './assemble';
import { cell, columnKey, columns, type CsvRow, type CsvTable } from './csv-table';
import { isoDate } from './iso-date';
import { Labels } from './labels';
import { Notes } from './notes';
import type { Problem } from './problems';
import { summarise } from './summary';
import type { ImportOptions, ImportResult } from './types';
import { webAddress } from './web-address';

/**
 * Any other CSV, when its header says plainly which column is the date and which the title
 * ("Date" and "Event", "start" and "headline" …). Optional columns give an end, a summary, a
 * description, a category and a link. Dates are written year first, as in this project's format;
 * a CSV whose columns leave the date or the title in doubt is refused, naming the columns found.
 */
const DATE = ['date', 'start', 'startdate', 'datestart', 'begin', 'from', 'when', 'year'];
const TITLE = ['title', 'headline', 'event', 'name', 'what', 'label', 'subject'];

const KEYS = {
	end: ['end', 'enddate', 'dateend', 'to', 'until'],
	month: ['month'],
	day: ['day'],
	summary: ['summary'],
	description: ['description', 'text', 'details', 'notes', 'body'],
	category: ['category', 'group', 'tag'],
	url: ['url', 'link', 'source', 'sourceurl']
} as const;

/** Year first, with "-", "/" or "." between the parts, and maybe a time, which is dropped. */
const LOOSE_DATE = /^(-?\d{1,12})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ](\d{1,2}:\d{2}.*))?$/;
const DATE_HINT = 'write 2023-09-05, 2023-09 or 2023';

type DateRead =
	| { readonly ok: true; readonly date: string; readonly hasTime: boolean }
	| { readonly ok: false; readonly reason: string };

function readDate(text: string): DateRead {
	if (text === '') return { ok: false, reason: 'is empty' };
	const match = LOOSE_DATE.exec(text);
	if (!match) return { ok: false, reason: `"${text}" is not a date written year first` };
	const [, year, month, day, time] = match;
	const [m, d] = [month, day].map((part) => (part === undefined ? undefined : Number(part)));
	const date = isoDate(Number(year), m, d);
	return { ok: true, date, hasTime: time !== undefined };
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** The one column whose name is among the keys, or why there is not exactly one. */
function onlyColumn(header: readonly string[], keys: readonly string[], what: string) {
	const found = header.flatMap((name, i) => (keys.includes(columnKey(name)) ? [i] : []));
	if (found.length === 1) return { index: found[0] };
	if (found.length === 0) return { error: `no column is clearly the ${what}` };
	return {
		error: `several columns could be the ${what} (${quoted(found.map((i) => header[i] ?? ''))})`
	};
}

interface Columns extends Partial<Record<keyof typeof KEYS, number>> {
	readonly date: number;
	readonly title: number;
	/** A "Year" date column takes its month and day from the Month and Day columns. */
	readonly yearOnly: boolean;
}

function startText(row: CsvRow, at: Columns): string {
	if (!at.yearOnly) return cell(row, at.date);
	const month = cell(row, at.month);
	return [cell(row, at.date), month, month && cell(row, at.day)].filter(Boolean).join('-');
}

type RowRead = { ok: true; draft: Draft } | { ok: false; problems: Problem[] };

function readRow(
	row: CsvRow,
	at: Columns,
	header: readonly string[],
	notes: Notes,
	categories: Labels,
	baseUrl?: string
): RowRead {
	const where = `row ${row.row}`;
	const start = readDate(startText(row, at));
	const endText = cell(row, at.end);
	const end = endText ? readDate(endText) : undefined;
	const problems: Problem[] = [];
	if (!start.ok)
		problems.push({ where, field: header[at.date], reason: start.reason, hint: DATE_HINT });
	if (end?.ok === false)
		problems.push({ where, field: header[at.end ?? 0], reason: end.reason, hint: DATE_HINT });
	if (!start.ok || end?.ok === false) return { ok: false, problems };
	if (start.hasTime || end?.hasTime) notes.add('time-of-day', where);
	const title = cell(row, at.title);
	const paragraphs = cell(row, at.description)
		.split(/\r?\n\s*\r?\n/)
		.filter(Boolean);
	const summary = cell(row, at.summary);
	const text = summary
		? { summary, description: paragraphs.join('\n\n') }
		: (summarise(paragraphs) ?? { summary: title });
	const link = webAddress(cell(row, at.url), baseUrl);
	const category = cell(row, at.category);
	const event = {
		start: start.date,
		...(end?.ok ? { end: end.date } : {}),
		title,
		summary: text.summary,
		...(text.description ? { description: text.description } : {}),
		...(category ? { category: categories.idFor(category) } : {}),
		importance: 2,
		...(link.ok ? { links: [{ title: new URL(link.url).host, url: link.url }] } : {})
	};
	return { ok: true, draft: { where, event } };
}

export function fromPlainCsv(table: CsvTable, options: ImportOptions): ImportResult {
	const date = onlyColumn(table.header, DATE, 'date');
	const title = onlyColumn(table.header, TITLE, 'title');
	if (date.index === undefined || title.index === undefined) {
		const why = [date.error, title.error].filter(Boolean).join(' and ');
		const hint = `name one column "date" and one "title", or use the TimelineJS template's columns: Year, Month, Day, Headline, Text …`;
		return {
			ok: false,
			errors: [`the CSV's columns are ${quoted(table.header)}: ${why} (${hint})`]
		};
	}
	const at: Columns = {
		...columns(table.header, KEYS),
		date: date.index,
		title: title.index,
		yearOnly: columnKey(table.header[date.index] ?? '') === 'year'
	};
	const notes = new Notes();
	const categories = new Labels('category');
	const drafts: Draft[] = [];
	const leftOut: Problem[] = [];
	for (const row of table.rows) {
		const read = readRow(row, at, table.header, notes, categories, options.baseUrl);
		if (read.ok) drafts.push(read.draft);
		else leftOut.push(...read.problems);
	}
	const identified = identify(drafts, notes);
	return assemble({
		format: 'plain-csv',
		...csvHeading(options, identified.events.length),
		categories: categories.list(),
		events: identified.events,
		leftOut: [...leftOut, ...identified.leftOut],
		total: table.rows.length,
		warnings: identified.warnings,
		notes
	});
}
