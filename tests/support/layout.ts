/** Layout for a view of a timeline as the page would lay it out, and every promise it breaks. */
import type { Timeline } from '../../src/lib/data/types';
import { labelMeasures } from '../../src/lib/layout/first-layout';
import { GEOMETRY as G } from '../../src/lib/layout/geometry';
import { layoutTimeline, type TimelineLayout } from '../../src/lib/layout/timeline';
import { windowIndex } from '../../src/lib/layout/window-index';
import type { Domain } from '../../src/lib/scale/zoom';

export const { measure, headlineMeasure, axisMeasure } = labelMeasures();

export function run(
	timeline: Timeline,
	domain: Domain,
	width: number,
	height: number,
	previousLanes?: Map<string, number>
) {
	const index = windowIndex(timeline.events);
	const layout = layoutTimeline({
		timeline,
		index,
		domain,
		width,
		height,
		measure,
		headlineMeasure,
		axisMeasure,
		previousLanes
	});
	return { layout, visible: index.query(domain[0], domain[1]) };
}

/** Every broken promise of the layout, as readable strings; [] when the view is clean. */
export function layoutProblems(
	timeline: Timeline,
	domain: Domain,
	width: number,
	height: number
): string[] {
	const { layout, visible } = run(timeline, domain, width, height);
	const found: string[] = [];
	const lanes = new Map<number, TimelineLayout['marks'][number][]>();
	for (const mark of layout.marks) {
		const { id, importance } = mark.event;
		if (mark.lane < 0 || mark.lane >= layout.laneCount) found.push(`${id} in lane ${mark.lane}`);
		lanes.set(mark.lane, [...(lanes.get(mark.lane) ?? []), mark]);
		const w = (importance === 1 ? headlineMeasure : measure)(mark.label);
		const [left, right] =
			mark.anchor === 'start' ? [mark.labelX, mark.labelX + w] : [mark.labelX - w, mark.labelX];
		if (mark.label && (left < -1e-6 || right > width + 1e-6))
			found.push(`${id} label [${left}, ${right}] leaves [0, ${width}]`);
	}
	for (const [lane, marks] of lanes) {
		const row = [...marks].sort((a, b) => a.x0 - b.x0);
		row.slice(1).forEach((mark, i) => {
			if (row[i]!.x1 + G.itemGap > mark.x0 + 1e-6)
				found.push(`${row[i]!.event.id} and ${mark.event.id} overlap in lane ${lane}`);
		});
	}
	const placed = new Set(layout.marks.map((mark) => mark.event.id));
	const clustered = visible.map((event) => event.id).filter((id) => !placed.has(id));
	const counted = layout.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
	if (counted !== clustered.length || placed.size + counted !== visible.length)
		found.push(`placed ${placed.size} + clustered ${counted} ≠ visible ${visible.length}`);
	const importance = new Map(timeline.events.map((event) => [event.id, event.importance]));
	const headlineFolded = clustered.some((id) => importance.get(id) === 1);
	if (headlineFolded && layout.marks.some((mark) => mark.event.importance === 3))
		found.push('a headline folded while a detail is shown');
	return found;
}
