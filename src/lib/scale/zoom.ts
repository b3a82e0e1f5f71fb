/** Pure zoom maths on a time domain [start, end] in UTC milliseconds: clamp, zoom around a point, pan. */
export type Domain = readonly [number, number];

export const DAY = 86_400_000;
/** The closest zoom: a few days across the whole width. */
export const MIN_SPAN = 3 * DAY;

/**
 * Far from 1970 instants are coarse: at the Big Bang (-4.4e20 ms) neighbouring numbers are 65,536
 * ms apart. The closest zoom keeps at least this many of those steps across the view, so a mark
 * moves by under a pixel's width on the widest screens; a cosmological timeline still zooms to
 * three days, one reaching a trillion years to a few months.
 */
const STEPS_ACROSS = 2048;

/** The gap between a number of this size and the next one a double can hold. */
function unitInLastPlace(t: number): number {
	return 2 ** (Math.floor(Math.log2(Math.abs(t))) - 52);
}

export interface ZoomBounds {
	/** The widest view: the dataset with a margin, so the first and last marks are not on the edge. */
	readonly full: Domain;
	readonly minSpan: number;
}

export function zoomBounds(extent: Domain, margin = 0.03): ZoomBounds {
	const span = Math.max(extent[1] - extent[0], MIN_SPAN);
	const middle = (extent[0] + extent[1]) / 2;
	const half = (span * (1 + 2 * margin)) / 2;
	const full: Domain = [middle - half, middle + half];
	const coarsest = unitInLastPlace(Math.max(Math.abs(full[0]), Math.abs(full[1])));
	return { full, minSpan: Math.max(MIN_SPAN, coarsest * STEPS_ACROSS) };
}

/** Whether two domains show the same span: a view set again to where it is changes nothing. */
export function sameDomain(a: Domain, b: Domain): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

export function span(domain: Domain): number {
	return domain[1] - domain[0];
}

/** Keeps a domain inside the full view and between the closest and widest zoom. */
export function clampDomain(domain: Domain, bounds: ZoomBounds): Domain {
	const [lo, hi] = bounds.full;
	const width = Math.min(Math.max(span(domain), bounds.minSpan), hi - lo);
	let start = (domain[0] + domain[1]) / 2 - width / 2;
	start = Math.min(Math.max(start, lo), hi - width);
	return [start, start + width];
}

/** Zooms by `factor` (2 = twice as close) keeping the instant `anchor` where it is on screen. */
export function zoomAround(
	domain: Domain,
	factor: number,
	anchor: number,
	bounds: ZoomBounds
): Domain {
	const width = Math.min(Math.max(span(domain) / factor, bounds.minSpan), span(bounds.full));
	const ratio = span(domain) > 0 ? (anchor - domain[0]) / span(domain) : 0.5;
	const start = anchor - ratio * width;
	return clampDomain([start, start + width], bounds);
}

export function panBy(domain: Domain, delta: number, bounds: ZoomBounds): Domain {
	return clampDomain([domain[0] + delta, domain[1] + delta], bounds);
}

/** The view that shows [t0, t1] with a margin on each side, e.g. to zoom to a cluster or an era. */
export function fitDomain(t0: number, t1: number, bounds: ZoomBounds, margin = 0.08): Domain {
	const width = Math.max(t1 - t0, bounds.minSpan / (1 + 2 * margin));
	return clampDomain([t0 - width * margin, t1 + width * margin], bounds);
}

/**
 * The view of the same span that brings [t0, t1] in from one side: moving forward, its start sits
 * a tenth of the width from the left edge, so what follows it comes into view too; moving back,
 * its end sits a tenth from the right edge.
 */
export function revealDomain(
	t0: number,
	t1: number,
	domain: Domain,
	direction: 1 | -1,
	bounds: ZoomBounds
): Domain {
	const width = span(domain);
	const start = direction === 1 ? t0 - width * 0.1 : t1 + width * 0.1 - width;
	return clampDomain([start, start + width], bounds);
}
