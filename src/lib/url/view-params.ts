import { EMPTY_QUERY, FACETS, type Query } from '../filter/query';
import type { Domain } from '../scale/zoom';
import { DATE_YEARS, yearAt, yearBefore, yearStart } from '../time/years';

/**
 * The shareable part of a view in the address: `from` and `to` (the visible span, as ISO instants,
 * or as astronomical years such as `-13800000000` for a view reaching beyond them), the search
 * (`q`, and comma-separated `category`, `actor` and `topic`), the story and its step (`story`,
 * `step`, counted from 1) and `event` (the open event). Defaults are left out, so the whole
 * timeline with nothing open is the bare address; other parameters, such as `src`, pass through
 * untouched.
 */
export interface ViewParams {
	readonly domain?: Domain;
	readonly event?: string;
	/** The search and filters; empty parts when the address has none. */
	readonly query: Query;
	readonly story?: string;
	/** Position in the story, from 0. */
	readonly step?: number;
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

/**
 * `from` and `to` of a view: ISO instants, or whole years, widened outwards, when either end lies
 * beyond the years `Date` holds, which an ISO instant cannot name either. Views out there are
 * seldom narrower than a year; one that is reopens as the years it touches.
 */
function formatView([from, to]: Domain): [string, string] {
	const first = yearAt(from);
	const last = yearBefore(to);
	if (Math.abs(first) > DATE_YEARS || Math.abs(last) > DATE_YEARS) {
		return [String(first), String(last + 1)];
	}
	const fine = to - from < FINE_SPAN;
	return [formatInstant(from, fine), formatInstant(to, fine)];
}

const INSTANT = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;
/** A year alone, astronomical as in datasets: `-13800000000`, `1948`. */
const YEAR = /^-?\d{1,12}$/;

function parseInstant(text: string | null): number | undefined {
	if (text && YEAR.test(text)) return yearStart(Number(text));
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
	const story = params.get('story') ?? undefined;
	const step = Number(params.get('step') ?? '1');
	const list = (key: string) => [
		...new Set((params.get(key) ?? '').split(',').filter((value) => value !== ''))
	];
	return {
		...(readable ? { domain: [from, to] as const } : {}),
		...(!readable && given ? { unreadable: { from: fromText ?? '', to: toText ?? '' } } : {}),
		query: {
			q: params.get('q') ?? '',
			category: list('category'),
			actor: list('actor'),
			topic: list('topic')
		},
		...(story ? { story, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 } : {}),
		...(event ? { event } : {})
	};
}

/** Everything of a view that the address holds. */
export interface ViewState {
	readonly domain: Domain;
	/** The whole timeline's domain: a view of it is left out of the address. */
	readonly full: Domain;
	readonly event: string | null;
	readonly query?: Query;
	readonly story?: string | null;
	/** Position in the story, from 0. */
	readonly step?: number;
}

const OWN_KEYS = ['from', 'to', 'q', ...FACETS, 'story', 'step', 'event'];

/**
 * Writes a view into `params`, leaving out a domain within a day of the full view and an empty
 * selection. Returns the same object for chaining.
 */
export function writeViewParams(params: URLSearchParams, view: ViewState): URLSearchParams {
	const [from, to] = view.domain;
	const isFull = Math.abs(from - view.full[0]) < DAY && Math.abs(to - view.full[1]) < DAY;
	// Written after the parameters this module does not own, always in the same order, so one
	// view has one address.
	for (const key of OWN_KEYS) params.delete(key);
	if (!isFull) {
		const [fromText, toText] = formatView(view.domain);
		params.set('from', fromText);
		params.set('to', toText);
	}
	const query = view.query ?? EMPTY_QUERY;
	if (query.q.trim() !== '') params.set('q', query.q);
	for (const facet of FACETS) {
		if (query[facet].length > 0) params.set(facet, query[facet].join(','));
	}
	if (view.story) {
		params.set('story', view.story);
		if (view.step) params.set('step', String(view.step + 1));
	}
	if (view.event) params.set('event', view.event);
	return params;
}

const queryString = (params: URLSearchParams) => (params.size > 0 ? `?${params}` : '');

/**
 * The query string (with its "?", or empty) for a view, keeping the other parameters of `search`.
 * When the view adds nothing, `search` comes back as it was spelled ("?src=/data/a.json", not
 * "?src=%2Fdata%2Fa.json"), so the page does not rewrite an address that already says it.
 */
export function viewSearch(search: string, view: ViewState): string {
	const written = queryString(writeViewParams(new URLSearchParams(search), view));
	return written === queryString(new URLSearchParams(search)) ? search : written;
}
