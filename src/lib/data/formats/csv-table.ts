import { loadedParser } from './parsers';

/**
 * CSV text as a header and rows, read by Papa Parse: quoted cells may hold commas, doubled quotes
 * and line breaks; lines may end in CRLF, LF or CR; and the delimiter (comma, semicolon or tab, as
 * spreadsheets write in different countries) is found from the text. Papa Parse is loaded for the
 * first CSV (parsers.ts).
 */
export interface CsvRow {
	/** The row's number as a spreadsheet shows it: the header is row 1. */
	readonly row: number;
	readonly cells: readonly string[];
}

export interface CsvTable {
	readonly header: readonly string[];
	readonly rows: readonly CsvRow[];
}

export type CsvRead =
	| { readonly ok: true; readonly table: CsvTable }
	| { readonly ok: false; readonly errors: readonly string[] };

/** "End Year", "end_year" and "endyear" are one column. */
export const columnKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function readCsv(text: string): CsvRead {
	const parsed = loadedParser('papaparse').parse<string[]>(text, { skipEmptyLines: false });
	// A single column has no delimiter to find; that is not an error.
	const errors = parsed.errors
		.filter((error) => error.type === 'Quotes')
		.map(
			(error) =>
				`row ${(error.row ?? 0) + 1}: ${error.code === 'MissingQuotes' ? 'a quoted cell has no closing quote, so the rest of the file ran into it' : 'a quoted cell has text after its closing quote'} (a quote inside a quoted cell is written twice: "")`
		);
	if (errors.length > 0) return { ok: false, errors };
	const [header = [], ...records] = parsed.data;
	const rows = records
		.map((cells, i) => ({ row: i + 2, cells }))
		.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
	return { ok: true, table: { header: header.map((name) => name.trim()), rows } };
}

/** Finds columns by their keys; a name maps to the first column with any of its keys. */
export function columns<Name extends string>(
	header: readonly string[],
	keys: Record<Name, readonly string[]>
): Partial<Record<Name, number>> {
	const byKey = new Map<string, number>();
	header.forEach((name, i) => {
		const key = columnKey(name);
		if (!byKey.has(key)) byKey.set(key, i);
	});
	const found: Partial<Record<Name, number>> = {};
	for (const [name, options] of Object.entries(keys) as [Name, readonly string[]][]) {
		const index = options.map((key) => byKey.get(key)).find((i) => i !== undefined);
		if (index !== undefined) found[name] = index;
	}
	return found;
}

/** A cell by column, trimmed; '' when the row is short or the column absent. */
export function cell(row: CsvRow, index: number | undefined): string {
	return index === undefined ? '' : (row.cells[index] ?? '').trim();
}
