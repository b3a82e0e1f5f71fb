/**
 * Pure maths of the timeline's gestures, in the terms d3-zoom used: a gesture grips instants under
 * the pointers and keeps them there, within the zoom bounds.
 */
import { clampDomain, span, type Domain, type ZoomBounds } from './zoom';

/** An instant held under a pointer at `x` pixels from the drawing's left edge. */
export interface Grip {
	readonly x: number;
	readonly t: number;
}

/**
 * How much closer one wheel event zooms (2 is twice as close): d3-zoom's default, 2 to the power
 * of the wheel's travel in lines or pixels; a trackpad pinch arrives as Ctrl + wheel, ten times
 * as strong.
 */
export function wheelFactor(event: {
	readonly deltaY: number;
	readonly deltaMode: number;
	readonly ctrlKey: boolean;
}): number {
	const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	return 2 ** (-event.deltaY * perUnit * (event.ctrlKey ? 10 : 1));
}

/** The instant at `x` pixels across a drawing `width` pixels wide that shows `domain`. */
export function instantAt(domain: Domain, x: number, width: number): number {
	return domain[0] + (x / width) * span(domain);
}

/** The view `wanted` wide (in time) that keeps the gripped instant under its pointer. */
export function gripDomain(wanted: number, grip: Grip, width: number, bounds: ZoomBounds): Domain {
	const full = span(bounds.full);
	const size = Math.min(Math.max(wanted, bounds.minSpan), full);
	const start = grip.t - (grip.x / width) * size;
	return clampDomain([start, start + size], bounds);
}

/**
 * The view under two fingers: as wide as keeps both gripped instants under their fingers, centred
 * on the instant midway between them.
 */
export function pinchDomain(a: Grip, b: Grip, width: number, bounds: ZoomBounds): Domain {
	const apart = Math.abs(b.x - a.x);
	const wanted = apart > 0 ? (Math.abs(b.t - a.t) * width) / apart : span(bounds.full);
	return gripDomain(wanted, { x: (a.x + b.x) / 2, t: (a.t + b.t) / 2 }, width, bounds);
}

/** Whether two views are as wide but for rounding: a zoom already at its closest or widest. */
export function sameSpan(a: Domain, b: Domain): boolean {
	return Math.abs(span(a) - span(b)) <= 1e-9 * span(a);
}
