/**
 * Pure maths of the overview's brush, in pixels across the strip: what a drag makes of the window
 * it started on, as d3-brush did.
 */

/** What a press on the brush grabbed: the window, one of its edges, or the strip around it. */
export type BrushPart = 'window' | 'start' | 'end' | 'strip';

export type Range = readonly [number, number];

const within = (x: number, width: number) => Math.min(Math.max(x, 0), width);

/**
 * The window after a drag from `x0` to `x` on `part` of the brush, which showed `range` when the
 * drag began, on a strip `width` pixels wide. Dragging the window moves it whole and stops at the
 * strip's ends; dragging an edge moves that edge, which may cross the other; dragging on the strip
 * draws a new window between the two points.
 */
export function brushRange(
	part: BrushPart,
	range: Range,
	x0: number,
	x: number,
	width: number
): Range {
	if (part === 'window') {
		const dx = Math.min(Math.max(x - x0, -range[0]), width - range[1]);
		return [range[0] + dx, range[1] + dx];
	}
	const fixed = part === 'start' ? range[1] : part === 'end' ? range[0] : within(x0, width);
	const moved = within(
		part === 'strip' ? x : x + (part === 'start' ? range[0] : range[1]) - x0,
		width
	);
	return fixed < moved ? [fixed, moved] : [moved, fixed];
}
