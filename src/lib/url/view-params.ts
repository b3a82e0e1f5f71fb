import type { Domain } from '../scale/zoom';

/**
 * The shareable part of a view in the address: `from` and `to` (the visible span) and `event`
 * (the open event). Defaults are left out, so the whole timeline with nothing open is the bare
 * address; other parameters, such as `src`, pass through untouched.
 */
export interface ViewParams {
	readonly domain?: Domain;
	readonly event?: string;
}

const DAY = 86_400_000;
/** Below this span a view is written to the minute, otherwise to the day. */
const FINE_SPAN = 60 * DAY;

function formatInstant(t: number, fine: boolean): string {
	const iso = new Date(t).toISOString();
	return fine ? `${iso.slice(0, 16)}Z` : iso.slice(0, 10);
}

function parseInstant(text: string | null): number | undefined {
	if (!text || !/^-?\d{4,6}-\d{2}-\d{2}(?:T\d{2}:\d{2}Z)?$/.test(text)) return undefined;
	const t = Date.parse(text.length <= 11 ? `${text}T00:00Z` : text);
	return Number.isFinite(t) ? t : undefined;
}

export function readViewParams(search: string | URLSearchParams): ViewParams {
	const params = new URLSearchParams(search);
	const from = parseInstant(params.get('from'));
	const to = parseInstant(params.get('to'));
	const event = params.get('event') ?? undefined;
	return {
		...(from !== undefined && to !== undefined && to > from ? { domain: [from, to] as const } : {}),
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
	if (isFull) {
		params.delete('from');
		params.delete('to');
	} else {
		const fine = to - from < FINE_SPAN;
		params.set('from', formatInstant(from, fine));
		params.set('to', formatInstant(to, fine));
	}
	if (view.event) params.set('event', view.event);
	else params.delete('event');
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
