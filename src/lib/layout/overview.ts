import type { Timeline } from '../data/types';
import type { Domain } from '../scale/zoom';

export interface DensityLayer {
	readonly category: string;
	readonly colour: string;
	/** SVG path of this category's band in the stacked histogram. */
	readonly path: string;
}

const BIN_PIXELS = 4;

/** Tenths of a pixel: enough for the strip, and a short prerendered path. */
function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * The overview's event density: events counted per few-pixel bin at their start, stacked by
 * category (in the dataset's category order) into one path of rectangles per category, so the
 * strip costs a handful of DOM nodes whatever the dataset's size, and empty bins cost nothing.
 */
export function densityLayers(
	timeline: Timeline,
	full: Domain,
	width: number,
	height: number,
	colourOf: (category: string | undefined) => string,
	/** Count only these events (1 by index), such as the matches of a search. */
	include: Uint8Array | null = null
): DensityLayer[] {
	const bins = Math.max(1, Math.floor(width / BIN_PIXELS));
	const keys = [...timeline.categories.map((c) => c.id), ''];
	const counts = keys.map(() => new Float64Array(bins + 1));
	const slot = new Map(keys.map((key, i) => [key, i]));
	const perMs = bins / (full[1] - full[0]);
	for (const event of timeline.events) {
		if (include && include[event.index] !== 1) continue;
		const bin = Math.min(bins - 1, Math.max(0, Math.floor((event.t0 - full[0]) * perMs)));
		counts[slot.get(event.category ?? '') ?? keys.length - 1]![bin]! += 1;
	}
	const totals = new Float64Array(bins + 1);
	for (const layer of counts) layer.forEach((n, i) => (totals[i]! += n));
	const peak = Math.max(1, ...totals);
	// Square-root height keeps single events visible next to dense years.
	const y = (n: number) => round(height - (Math.sqrt(n) / Math.sqrt(peak)) * height);
	const binWidth = width / bins;
	const base = new Float64Array(bins + 1);
	const layers: DensityLayer[] = [];
	keys.forEach((key, k) => {
		const layer = counts[k]!;
		let path = '';
		layer.forEach((n, i) => {
			if (n === 0) return;
			const x0 = round(i * binWidth);
			const x1 = round((i + 1) * binWidth);
			// One rectangle per non-empty bin, stacked on the layers below it.
			path += `M${x0},${y(base[i]!)}V${y(base[i]! + n)}H${x1}V${y(base[i]!)}Z`;
			base[i]! += n;
		});
		if (path) layers.push({ category: key, colour: colourOf(key || undefined), path });
	});
	return layers;
}
