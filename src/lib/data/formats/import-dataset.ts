import { readCsv } from './csv-table';
import { fromDatasetCsv, isDatasetCsvHeader } from './dataset-csv';
import { fromDatasetJson } from './dataset-json';
import { decodeBytes } from './decode';
import { JAVASCRIPT_HINT, unwrapJavaScript } from './javascript-json';
import { readJson } from './json-text';
import { jsonKind, type JsonKind } from './json-kind';
import { withParsers } from './parsers';
import { LIMITS } from './limits';
import { fromPlainCsv } from './plain-csv';
import { count } from './problems';
import { sniffText, type TextKind } from './sniff';
import { fromTimelineJsCsv, isTimelineJsHeader } from './timelinejs-csv';
import { fromTimelineJsJson } from './timelinejs-json';
import { fromTimelineJs2Json } from './timelinejs2-json';
import type { ImportOptions, ImportResult } from './types';
import { isObject, type Fields } from './values';

/**
 * Reads a file in any format this timeline accepts, told from its content: this project's JSON,
 * TimelineJS JSON (version 3 or 2), the TimelineJS spreadsheet as CSV, this project's CSV, or a
 * CSV with a date and a title column; JSON also when a JavaScript file wraps it in one assignment
 * or call. Files over the limits, empty files, and files that are no timeline are refused with a
 * message of their own.
 */
const megabytes = (bytes: number) =>
	`${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

function tooMany(n: number): ImportResult {
	return {
		ok: false,
		errors: [
			`the file has ${count(n, 'event')}, over the limit of ${LIMITS.events.toLocaleString('en-GB')}: split it into several timelines`
		]
	};
}

/** "wars-of-the-roses" from ".../wars-of-the-roses.csv", as a title for a file that has none. */
export function nameFromAddress(address: string | undefined): string | undefined {
	if (!address) return undefined;
	const file = address.split(/[?#]/)[0]?.split(/[/\\]/).pop() ?? '';
	const name = decodeURIComponent(file.replace(/%(?![0-9a-f]{2})/gi, '%25')).replace(
		/\.[a-z0-9]+$/i,
		''
	);
	return name.trim() || undefined;
}

/** The list of events a parsed file holds, counted before any is read. */
function eventList(value: unknown, kind: JsonKind): unknown {
	if (!isObject(value)) return undefined;
	return kind === 'timelinejs2' && isObject(value.timeline) ? value.timeline.date : value.events;
}

function importJson(text: string, options: ImportOptions, hint?: string): ImportResult {
	const read = readJson(text, hint);
	if (!read.ok) return { ok: false, errors: [read.error] };
	const kind = jsonKind(read.value);
	const events = eventList(read.value, kind);
	if (Array.isArray(events) && events.length > LIMITS.events) return tooMany(events.length);
	switch (kind) {
		case 'dataset':
			return fromDatasetJson(read.value);
		case 'timelinejs':
			return fromTimelineJsJson(read.value as Record<string, unknown>, options);
		case 'timelinejs2':
			return fromTimelineJs2Json((read.value as { timeline: Fields }).timeline, options);
		default:
			return {
				ok: false,
				errors: [
					'the file is JSON but not a timeline: it has no "events" list (see the README for this timeline\'s format; TimelineJS JSON is read too)'
				]
			};
	}
}

function importCsv(text: string, options: ImportOptions): ImportResult {
	const read = readCsv(text);
	if (!read.ok) return read;
	const { table } = read;
	if (table.rows.length > LIMITS.events) return tooMany(table.rows.length);
	if (table.rows.length === 0)
		return { ok: false, errors: ['the CSV has a header row but no rows below it'] };
	if (isTimelineJsHeader(table.header)) return fromTimelineJsCsv(table, options);
	if (isDatasetCsvHeader(table.header)) return fromDatasetCsv(table, options);
	return fromPlainCsv(table, options);
}

function importText(text: string, kind: TextKind, options: ImportOptions): ImportResult {
	if (kind === 'json') return importJson(text, options);
	if (kind === 'csv') return importCsv(text, options);
	const unwrapped = unwrapJavaScript(text);
	if (!unwrapped.ok) return { ok: false, errors: [unwrapped.error] };
	return importJson(unwrapped.json, options, JAVASCRIPT_HINT);
}

export function importDataset(
	bytes: ArrayBuffer | Uint8Array,
	options: ImportOptions = {}
): ImportResult {
	if (bytes.byteLength > LIMITS.bytes) {
		return {
			ok: false,
			errors: [
				`the file is ${megabytes(bytes.byteLength)}, over the limit of ${megabytes(LIMITS.bytes)}`
			]
		};
	}
	const decoded = decodeBytes(bytes);
	const sniffed = sniffText(decoded.text);
	if (sniffed.kind === 'refused') return { ok: false, errors: [sniffed.reason] };
	const named = { ...options, name: options.name ?? nameFromAddress(options.baseUrl) };
	const result = importText(decoded.text, sniffed.kind, named);
	if (!result.ok || !decoded.fallback) return result;
	const note =
		'the file is not UTF-8, so it was read as Windows-1252 (save it as UTF-8 to be sure of every character)';
	return { ...result, problems: [note, ...result.problems] };
}

/** `importDataset`, loading first the parsers the file turns out to need (parsers.ts). */
export function importDatasetLoading(
	bytes: ArrayBuffer | Uint8Array,
	options: ImportOptions = {}
): Promise<ImportResult> {
	return withParsers(() => importDataset(bytes, options));
}
