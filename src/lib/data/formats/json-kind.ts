import { isObject } from './values';

/**
 * Which JSON timeline format a parsed value is in, told from its content, not the file's name.
 * TimelineJS nests its dates and text (`start_date`, `text.headline`); TimelineJS 2 puts its
 * slides in `timeline.date`; this project's format keeps them flat (`start`, `title`) and names
 * its `language`.
 */
export type JsonKind = 'dataset' | 'timelinejs' | 'timelinejs2' | 'unknown';

const TIMELINEJS_FIELDS = ['start_date', 'end_date', 'text', 'unique_id', 'display_date'];

function hasAny(items: unknown, fields: readonly string[]): boolean {
	return (
		Array.isArray(items) &&
		items.some((item) => isObject(item) && fields.some((field) => field in item))
	);
}

export function jsonKind(value: unknown): JsonKind {
	if (!isObject(value)) return 'unknown';
	if (isObject(value.timeline) && Array.isArray(value.timeline.date)) return 'timelinejs2';
	if (
		isObject(value.title) ||
		hasAny(value.events, TIMELINEJS_FIELDS) ||
		hasAny(value.eras, TIMELINEJS_FIELDS)
	) {
		return 'timelinejs';
	}
	return 'events' in value || 'language' in value ? 'dataset' : 'unknown';
}

/**
 * Whether the start of a file already shows that it is not in this project's JSON format: it does
 * not open with "{", or it names a TimelineJS field. Only a hint, on which the dataset worker
 * hands the file straight to the importers; jsonKind decides.
 */
export function looksImported(head: string): boolean {
	return (
		!/^\uFEFF?\s*\{/.test(head) || /"(?:start_date|end_date|unique_id|display_date)"\s*:/.test(head)
	);
}
