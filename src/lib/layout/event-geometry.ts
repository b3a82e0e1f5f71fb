import type { TimelineEvent } from '../data/types';
import { GEOMETRY as G } from './geometry';
import { ellipsize, type Measure } from './text';

export type MarkKind = 'point' | 'range' | 'span';

/** Where an event's mark and label go on one lane, before the lane is chosen. */
export interface EventGeometry {
	readonly kind: MarkKind;
	/** Point: centre. Range and span: visible start of the bar. */
	readonly x: number;
	/** Range and span: visible end of the bar; point: same as x. */
	readonly xEnd: number;
	/** Centre of the category's glyph: the point itself, or just inside a bar's visible start. */
	readonly glyphX: number;
	readonly label: string;
	readonly labelX: number;
	readonly anchor: 'start' | 'end';
	readonly labelInside: boolean;
	/** Horizontal extent of mark and label together. */
	readonly x0: number;
	readonly x1: number;
}

/**
 * A point event is drawn at the middle of its day; a month- or year-precision event without an
 * end spans its month or year once that is wider than a point mark; a range is a bar.
 */
function kindOf(event: TimelineEvent, x0: number, x1: number): MarkKind {
	if (event.isRange) return 'range';
	if (event.startDate.precision !== 'day' && x1 - x0 > 2 * G.markRadius + 2) return 'span';
	return 'point';
}

/** Label beside [left, right]: to the right if it fits the width, else to the left, else shortened. */
function beside(
	left: number,
	right: number,
	title: string,
	width: number,
	measure: Measure
): Pick<EventGeometry, 'label' | 'labelX' | 'anchor' | 'x0' | 'x1'> {
	const maxLabel = Math.min(G.maxLabelWidth, width * G.maxLabelShare);
	const full = ellipsize(title, maxLabel, measure);
	const roomRight = width - right - G.labelGap;
	const roomLeft = left - G.labelGap;
	const w = measure(full);
	if (w <= roomRight)
		return {
			label: full,
			labelX: right + G.labelGap,
			anchor: 'start',
			x0: left,
			x1: right + G.labelGap + w
		};
	if (w <= roomLeft)
		return {
			label: full,
			labelX: left - G.labelGap,
			anchor: 'end',
			x0: left - G.labelGap - w,
			x1: right
		};
	const onRight = roomRight >= roomLeft;
	const short = ellipsize(title, Math.max(onRight ? roomRight : roomLeft, 0), measure);
	const sw = short.length > 0 && measure(short) >= G.minLabelWidth ? measure(short) : 0;
	const label = sw > 0 ? short : '';
	return onRight
		? {
				label,
				labelX: right + G.labelGap,
				anchor: 'start',
				x0: left,
				x1: right + (sw ? G.labelGap + sw : 0)
			}
		: {
				label,
				labelX: left - G.labelGap,
				anchor: 'end',
				x0: left - (sw ? G.labelGap + sw : 0),
				x1: right
			};
}

export function eventGeometry(
	event: TimelineEvent,
	scale: (t: number) => number,
	width: number,
	measure: Measure
): EventGeometry {
	const start = scale(event.t0);
	const end = scale(event.t1);
	const kind = kindOf(event, start, end);
	if (kind === 'point') {
		// A day cut by the edge keeps its mark on screen, within the visible part of that day, so its
		// label is not pushed out of view.
		const x = Math.min(Math.max((start + end) / 2, 0), width);
		const r = G.markRadius;
		return {
			kind,
			x,
			xEnd: x,
			glyphX: x,
			labelInside: false,
			...beside(x - r, x + r, event.title, width, measure)
		};
	}
	// A bar that runs off screen is cut at the edge, so its label and glyph stay pinned in view.
	const x = Math.max(start, 0);
	const xEnd = Math.max(Math.min(end, width), x + 2);
	const glyphX = x + G.barGlyphRoom / 2;
	// A bar too short to hold its glyph has the glyph reach past its end.
	const right = Math.max(xEnd, x + G.barGlyphRoom);
	const inner = xEnd - x - G.barGlyphRoom - G.labelGap;
	if (measure(event.title) <= inner) {
		return {
			kind,
			x,
			xEnd,
			glyphX,
			label: event.title,
			labelX: x + G.barGlyphRoom,
			anchor: 'start',
			labelInside: true,
			x0: x,
			x1: xEnd
		};
	}
	const outside = beside(x, right, event.title, width, measure);
	if (outside.label === event.title || inner < 3 * G.minLabelWidth)
		return { kind, x, xEnd, glyphX, labelInside: false, ...outside };
	// A long bar with a long title keeps a shortened title inside rather than spilling out.
	const label = ellipsize(event.title, inner, measure);
	return {
		kind,
		x,
		xEnd,
		glyphX,
		label,
		labelX: x + G.barGlyphRoom,
		anchor: 'start',
		labelInside: true,
		x0: x,
		x1: xEnd
	};
}
