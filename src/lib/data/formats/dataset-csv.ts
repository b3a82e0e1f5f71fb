import type { SourceInput } from '../schema';
import { assemble, csvHeading, identify, type Draft } from './assemble';
import { cell, columnKey, columns, type CsvRow, type CsvTable } from './csv-table';
import { Labels } from './labels';
import { Notes } from './notes';
import type { ImportOptions, ImportResult } from './types';
import { webAddress } from './web-address';

/**
 * This project's own CSV: one event per row, in the columns id, start, end, display_date, title,
 * summary, description, category, actors, importance, source_title, source_url,
 * source_publisher and source_date. Values are written as in the JSON format (dates "1948",
 * "2013-07", "2023-09-05"); category and actors hold names (actors separated by semicolons), and
 * their ids are made from the names. A row with only source columns adds a source to the event
 * above it. Text is plain: a blank line inside a cell separates paragraphs.
 */
const KEYS = {
	id: ['id'],
	start: ['start'],
	end: ['end'],
	displayDate: ['displaydate'],
	title: ['title'],
	summary: ['summary'],
	description: ['description'],
	category: ['category'],
	actors: ['actors'],
	importance: ['importance'],
	sourceTitle: ['sourcetitle'],
	sourceUrl: ['sourceurl'],
	sourcePublisher: ['sourcepublisher'],
	sourceDate: ['sourcedate']
} as const;

type Column = keyof typeof KEYS;

/** The columns that tell this CSV from others: id, start, title and summary. */
export function isDatasetCsvHeader(header: readonly string[]): boolean {
	const keys = new Set(header.map(columnKey));
	return ['id', 'start', 'title', 'summary'].every((key) => keys.has(key));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type RowDraft = Draft & { event: Mutable<Draft['event']> & { sources: SourceInput[] } };

const hasSourceCells = (get: (name: Column) => string) =>
	Boolean(get('sourceUrl') || get('sourceTitle') || get('sourcePublisher'));

function source(get: (name: Column) => string, baseUrl: string | undefined, notes: Notes) {
	const raw = get('sourceUrl');
	const address = webAddress(raw, baseUrl);
	const url = address.ok ? address.url : raw;
	const host = address.ok ? new URL(address.url).host : raw;
	const title = get('sourceTitle');
	const publisher = get('sourcePublisher');
	if (!title || !publisher) notes.add('source-host', host || '(no address)');
	const date = get('sourceDate');
	return { title: title || host, url, publisher: publisher || host, ...(date ? { date } : {}) };
}

export function fromDatasetCsv(table: CsvTable, options: ImportOptions): ImportResult {
	const at = columns(table.header, KEYS);
	const notes = new Notes();
	const categories = new Labels('category');
	const actors = new Labels('actor');
	const drafts: RowDraft[] = [];
	for (const row of table.rows) {
		const get = (name: Column) => cell(row, at[name]);
		const previous = drafts.at(-1);
		if (!get('start') && !get('title') && hasSourceCells(get) && previous) {
			previous.event.sources.push(source(get, options.baseUrl, notes));
			continue;
		}
		drafts.push(draftOf(row, get, { notes, categories, actors, baseUrl: options.baseUrl }));
	}
	const identified = identify(
		drafts.map(({ event: { sources, ...event }, ...draft }) => ({
			...draft,
			event: sources.length > 0 ? { ...event, sources } : event
		})),
		notes
	);
	return assemble({
		format: 'dataset-csv',
		...csvHeading(options, identified.events.length),
		categories: categories.list(),
		events: identified.events,
		leftOut: identified.leftOut,
		total: drafts.length,
		warnings: identified.warnings,
		notes,
		actors: actors.list()
	});
}

function draftOf(
	row: CsvRow,
	get: (name: Column) => string,
	context: { notes: Notes; categories: Labels; actors: Labels; baseUrl?: string }
): RowDraft {
	const where = `row ${row.row}`;
	const importance = get('importance');
	if (!importance) context.notes.add('default-importance', where);
	const actors = get('actors')
		.split(';')
		.map((name) => name.trim())
		.filter(Boolean);
	// Only the cells that are filled become fields, in the order of the JSON format.
	const optional = (field: string, value: unknown) => (value ? { [field]: value } : {});
	return {
		where,
		givenId: get('id') || undefined,
		event: {
			start: get('start'),
			...optional('end', get('end')),
			...optional('displayDate', get('displayDate')),
			title: get('title'),
			summary: get('summary') || get('title'),
			...optional('description', get('description').replace(/\r\n?/g, '\n')),
			...optional('category', get('category') && context.categories.idFor(get('category'))),
			...optional('actors', actors.length > 0 && actors.map((name) => context.actors.idFor(name))),
			importance: importance ? Number(importance) : 2,
			sources: hasSourceCells(get) ? [source(get, context.baseUrl, context.notes)] : []
		}
	};
}
