import type { Era, Timeline, TimelineEvent } from '../data/types';
import { axisTicks, type AxisTicks } from '../scale/ticks';
import type { Domain } from '../scale/zoom';
import { clusterLabeller, FoldAccumulator, type Cluster } from './clusters';
import { eventGeometry, type EventGeometry } from './event-geometry';
import { GEOMETRY as G } from './geometry';
import { LanePacker } from './lanes';
import { ellipsize, type Measure } from './text';
import type { WindowIndex } from './window-index';

export interface PlacedEvent extends EventGeometry {
	readonly event: TimelineEvent;
	readonly lane: number;
	/** Centre line of the lane. */
	readonly y: number;
	/** Drawn faintly: the event does not match the reader's search and filters. */
	readonly dimmed: boolean;
}

export interface PlacedEra {
	readonly era: Era;
	readonly x0: number;
	readonly x1: number;
	readonly label: string;
	/** Row of the era label, 0 at the top. */
	readonly row: number;
}

export interface PlacedCluster extends Cluster {
	readonly y: number;
}

export interface TimelineLayout {
	readonly width: number;
	readonly height: number;
	/** y of the axis line; lanes stack upwards from the cluster row above it. */
	readonly axisY: number;
	readonly laneCount: number;
	readonly eraRows: number;
	readonly marks: readonly PlacedEvent[];
	readonly clusters: readonly PlacedCluster[];
	readonly eras: readonly PlacedEra[];
	readonly ticks: AxisTicks;
}

export interface LayoutInput {
	readonly timeline: Timeline;
	readonly index: WindowIndex<TimelineEvent>;
	readonly domain: Domain;
	readonly width: number;
	readonly height: number;
	readonly measure: Measure;
	/** Importance-1 labels are bold, and wider. */
	readonly headlineMeasure: Measure;
	readonly axisMeasure: Measure;
	/** Lanes of the previous frame, so events keep theirs while zooming. */
	readonly previousLanes?: ReadonlyMap<string, number>;
	/** 1 for each event (by index) matching the reader's filters; none means all match. */
	readonly matches?: Uint8Array | null;
	/** Leave non-matching events out instead of dimming them. */
	readonly hideUnmatched?: boolean;
}

const ERA_ROWS = 2;

function layoutEras(
	eras: readonly Era[],
	x: (t: number) => number,
	width: number,
	measure: Measure
): PlacedEra[] {
	const rows = Array.from({ length: ERA_ROWS }, () => new LanePacker(1, G.itemGap));
	const placed: PlacedEra[] = [];
	for (const era of eras) {
		const x0 = Math.max(x(era.t0), 0);
		const x1 = Math.min(x(era.t1), width);
		if (x1 <= x0) continue;
		const label = ellipsize(era.title, x1 - x0 - 2 * G.labelGap, measure);
		const labelWidth = label.length > 0 && measure(label) >= G.minLabelWidth ? measure(label) : 0;
		const extent = { id: era.id, x0, x1: x0 + 2 * G.labelGap + labelWidth };
		const row = labelWidth > 0 ? rows.findIndex((packer) => packer.place(extent) === 0) : -1;
		placed.push({ era, x0, x1, label: row >= 0 ? label : '', row: Math.max(row, 0) });
	}
	return placed;
}

/** Most important first, then in time order: the order in which events claim lanes. O(n). */
function byImportance(events: readonly TimelineEvent[]): TimelineEvent[] {
	const levels: TimelineEvent[][] = [[], [], []];
	for (const event of events) levels[event.importance - 1]!.push(event);
	return levels[0]!.concat(levels[1]!, levels[2]!);
}

/** A layout without its axis ticks: what the dataset worker works out (first-layout.ts). */
export type EventLayout = Omit<TimelineLayout, 'ticks'>;

/**
 * Everything the timeline draws for one view: visible events in lanes with their labels, the
 * events that did not fit folded into "+N" clusters, era bands and axis ticks. Pure: the same
 * input gives the same layout on the server, in tests and in the browser. `placed` is the layout
 * of the events when it is already known.
 */
export function layoutTimeline(input: LayoutInput, placed = layoutEvents(input)): TimelineLayout {
	const { domain, width, axisMeasure, timeline } = input;
	return { ...placed, ticks: axisTicks(domain, width, axisMeasure, timeline.locale) };
}

/** The events, clusters and eras of one view, in lanes. */
export function layoutEvents(input: LayoutInput): EventLayout {
	const { timeline, domain, width, height, measure } = input;
	const perMs = width / (domain[1] - domain[0]);
	const x = (t: number) => (t - domain[0]) * perMs;

	const eras = layoutEras(timeline.eras, x, width, measure);
	const eraRows =
		timeline.eras.length === 0
			? 0
			: Math.min(ERA_ROWS, 1 + Math.max(0, ...eras.map((e) => (e.label ? e.row : 0))));
	const axisY = height - G.axisHeight;
	const laneTop = G.topPadding + eraRows * G.eraRowHeight;
	const laneBottom = axisY - G.clusterRowHeight;
	const laneCount = Math.max(1, Math.floor((laneBottom - laneTop) / G.laneHeight));

	const { matches } = input;
	const inWindow = input.index.query(domain[0], domain[1]);
	const matching = matches ? inWindow.filter((e) => matches[e.index] === 1) : inWindow;
	// Matches claim lanes first; dimmed events take what room is left.
	const visible =
		matches && !input.hideUnmatched
			? byImportance(matching).concat(byImportance(inWindow.filter((e) => matches[e.index] !== 1)))
			: byImportance(matching);
	const packer = new LanePacker(laneCount, G.itemGap, input.previousLanes);
	const marks: PlacedEvent[] = [];
	const folds = new FoldAccumulator(width, clusterLabeller(timeline.locale));
	let headlineFolded = false;
	const place = (event: TimelineEvent): number => {
		const geometry = eventGeometry(
			event,
			x,
			width,
			event.importance === 1 ? input.headlineMeasure : measure
		);
		const lane = packer.place({ id: event.id, x0: geometry.x0, x1: geometry.x1 });
		if (lane >= 0)
			marks.push({
				...geometry,
				event,
				lane,
				y: laneBottom - (lane + 0.5) * G.laneHeight,
				dimmed: !!matches && matches[event.index] !== 1
			});
		return lane;
	};
	const r = G.markRadius;
	const fullColumns = new Uint8Array(Math.ceil(width) + 1);
	for (const event of visible) {
		// Importance-1 events never fold away while any importance-3 event is shown.
		const skip = event.importance === 3 && headlineFolded;
		// The smallest a mark with a label can be; when even that has no room, fold without
		// working out the label, which keeps dense zoomed-out views cheap.
		const start = Math.max(x(event.t0), 0);
		const end = Math.min(x(event.t1), width);
		// Lanes only fill up, so once the smallest probe from a pixel column has failed, every later
		// probe from that column fails too: dense views test each column once, not each event.
		const column = Math.floor(start);
		const full =
			skip ||
			fullColumns[column] === 1 ||
			!packer.hasRoom(start - r, Math.max(end, start) + r + G.labelGap + G.minLabelWidth);
		if (full && !skip && end - start < 1) fullColumns[column] = 1;
		const lane = full ? -1 : place(event);
		if (lane < 0) {
			if (event.importance === 1) headlineFolded = true;
			folds.add(event.id, (start + end) / 2, event.t0, event.t1);
		}
	}
	marks.sort((a, b) => a.event.index - b.event.index);
	const clusterY = axisY - G.clusterRowHeight / 2;
	const clusters = folds.clusters(input.axisMeasure).map((cluster) => ({
		...cluster,
		y: clusterY
	}));

	return {
		width,
		height,
		axisY,
		laneCount,
		eraRows,
		marks,
		clusters,
		eras
	};
}
