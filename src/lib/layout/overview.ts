import { area, curveStepAfter } from 'd3';
import type { Timeline } from '../data/types';
import type { Domain } from '../scale/zoom';

export interface DensityLayer {
	readonly category: string;
	readonly colour: string;
	/** SVG path of this category's band in the stacked histogram. */
	readonly path: string;
}

const BIN_PIXELS = 4;

/**
 * The overview's event density: events counted per few-pixel bin at their start, stacked by
 * category (in the dataset's category order) into one path per category, so the strip costs a
 * handful of DOM nodes whatever the dataset's size.
 */
export function densityLayers(
	timeline: Timeline,
	full: Domain,
	width: number,
	height: number,
	colourOf: (category: string | undefined) => string
): DensityLayer[] {
	const bins = Math.max(1, Math.floor(width / BIN_PIXELS));
	const keys = [...timeline.categories.map((c) => c.id), ''];
	const counts = keys.map(() => new Float64Array(bins + 1));
	const slot = new Map(keys.map((key, i) => [key, i]));
	const perMs = bins / (full[1] - full[0]);
	for (const event of timeline.events) {
		const bin = Math.min(bins - 1, Math.max(0, Math.floor((event.t0 - full[0]) * perMs)));
		counts[slot.get(event.category ?? '') ?? keys.length - 1]![bin]! += 1;
	}
	const totals = new Float64Array(bins + 1);
	for (const layer of counts) layer.forEach((n, i) => (totals[i]! += n));
	const peak = Math.max(1, ...totals);
	// Square-root height keeps single events visible next to dense years.
	const y = (n: number) => height - (Math.sqrt(n) / Math.sqrt(peak)) * height;
	const base = new Float64Array(bins + 1);
	const layers: DensityLayer[] = [];
	const shape = area<number>()
		.x((_, i) => (i / bins) * width)
		.curve(curveStepAfter);
	keys.forEach((key, k) => {
		const layer = counts[k]!;
		if (!layer.some((n) => n > 0)) return;
		const lower = Float64Array.from(base);
		layer.forEach((n, i) => (base[i]! += n));
		const path = shape.y0((_, i) => y(lower[i]!)).y1((_, i) => y(base[i]!))(Array.from(layer));
		layers.push({ category: key, colour: colourOf(key || undefined), path: path ?? '' });
	});
	return layers;
}
