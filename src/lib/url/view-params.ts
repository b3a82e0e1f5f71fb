import type { Domain } from '../scale/zoom';

/**
 * The shareable part of a view in the address: `from` and `to` (the visible span) and `event`
 * (the open event). Defaults are left out, so the whole timeline with nothing open is the bare
 * address; other parameters, such as `src`, pass through untouched.
 */
export interface ViewParams {
	readonly domain?: Domain;
	readonly event?: string;
	/** A `from`/`to` pair that is present but cannot be read, as given, for the reader's notice. */
	readonly unreadable?: { readonly from: string; readonly to: string };
}

const DAY = 86_400_000;
/** Below this span a view is written to the minute, otherwise to the day. */
const FINE_SPAN = 60 * DAY;

function formatInstant(t: number, fine: boolean): string {
	const iso = new Date(t).toISOString();
	return fine ? `${iso.slice(0, 16)}Z` : iso.slice(0, 10);
}

const INSTANT = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;

function parseInstant(text: string | null): number | undefined {
	const match = text ? INSTANT.exec(text) : null;
	if (!match) return undefined;
	const [year, month, day, hour = 0, minute = 0] = match.slice(1).map((part) => Number(part ?? 0));
	// setUTCFullYear, unlike Date.UTC, reads years 0–99 as themselves.
	const date = new Date(Date.UTC(2000, 0, 1, hour, minute));
	const t = date.setUTCFullYear(year!, month! - 1, day!);
	// Date.UTC rolls 30 February over into March, and 25:00 into the next day: a real instant does not.
	const real =
		date.getUTCMonth() === month! - 1 &&
		date.getUTCDate() === day &&
		date.getUTCHours() === hour &&
		date.getUTCMinutes() === minute;
	return real ? t : undefined;
}

export function readViewParams(search: string | URLSearchParams): ViewParams {
	const params = new URLSearchParams(search);
	const fromText = params.get('from');
	const toText = params.get('to');
	const from = parseInstant(fromText);
	const to = parseInstant(toText);
	const event = params.get('event') ?? undefined;
	const readable = from !== undefined && to !== undefined && to > from;
	const given = fromText !== null || toText !== null;
	return {
		...(readable ? { domain: [from, to] as const } : {}),
		...(!readable && given ? { unreadable: { from: fromText ?? '', to: toText ?? '' } } : {}),
		...(event ? { event } : {})
	};
}

/**
 * Writes a view into `params`, leaving out a domain within a day of the full view and an empty
 * selection. Returns the same object for chaining.
 */
export function writeViewParams(
	params: URLSearchParams,
	view: { domain: Domain; full: Domain; event: string | null }
): URLSearchParams {
	const [from, to] = view.domain;
	const isFull = Math.abs(from - view.full[0]) < DAY && Math.abs(to - view.full[1]) < DAY;
	// Written after the parameters this module does not own, always in the same order, so one
	// view has one address.
	for (const key of ['from', 'to', 'event']) params.delete(key);
	if (!isFull) {
		const fine = to - from < FINE_SPAN;
		params.set('from', formatInstant(from, fine));
		params.set('to', formatInstant(to, fine));
	}
	if (view.event) params.set('event', view.event);
	return params;
}

/** The query string (with its "?", or empty) for a view, keeping the other parameters of `search`. */
export function viewSearch(
	search: string,
	view: { domain: Domain; full: Domain; event: string | null }
): string {
	const params = writeViewParams(new URLSearchParams(search), view);
	return params.size > 0 ? `?${params}` : '';
}
