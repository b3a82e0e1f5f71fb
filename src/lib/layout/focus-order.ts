import type { TimelineEvent } from '../data/types';
import type { Domain } from '../scale/zoom';
import type { TimelineLayout } from './timeline';

/**
 * What can hold keyboard focus in the drawn timeline: an event's mark, a "+N" cluster (named by
 * the id of its first event) or an era's label.
 */
export type FocusKind = 'event' | 'cluster' | 'era';

export interface FocusKey {
	readonly kind: FocusKind;
	readonly id: string;
}

export interface FocusItem extends FocusKey {
	/** Row from the top: era label rows, then lanes from the top one down, then the cluster row. */
	readonly row: number;
	/** Horizontal extent of the mark itself, label left out. */
	readonly x0: number;
	readonly x1: number;
	/** Instants the item covers; for a cluster, from its earliest to its latest event. */
	readonly t0: number;
	readonly t1: number;
	/** Where the item falls in time order: an event's start, the instant under a cluster's centre. */
	readonly t: number;
	/** A mark drawn faintly because it does not match the search: passed over by the keys. */
	readonly dimmed: boolean;
}

/** The focusable items of one layout: events and clusters in time order, then eras left to right. */
export interface FocusMap {
	readonly items: readonly FocusItem[];
	readonly domain: Domain;
	readonly width: number;
}

const KIND_ORDER: Record<FocusKind, number> = { event: 0, cluster: 1, era: 2 };

export function focusMap(layout: TimelineLayout, domain: Domain): FocusMap {
	const { width, eraRows, laneCount } = layout;
	const timeAt = (x: number) => domain[0] + (x / width) * (domain[1] - domain[0]);
	const items: FocusItem[] = [];
	const eras: FocusItem[] = [];
	for (const mark of layout.marks) {
		const { event } = mark;
		items.push({
			kind: 'event',
			id: event.id,
			row: eraRows + laneCount - 1 - mark.lane,
			x0: mark.x,
			x1: mark.xEnd,
			t0: event.t0,
			t1: event.t1,
			t: event.t0,
			dimmed: mark.dimmed
		});
	}
	for (const cluster of layout.clusters) {
		items.push({
			kind: 'cluster',
			id: cluster.id,
			row: eraRows + laneCount,
			x0: cluster.x - cluster.width / 2,
			x1: cluster.x + cluster.width / 2,
			t0: cluster.t0,
			t1: cluster.t1,
			t: timeAt(cluster.x),
			dimmed: false
		});
	}
	for (const placed of layout.eras) {
		if (!placed.label) continue;
		eras.push({
			kind: 'era',
			id: placed.era.id,
			row: placed.row,
			x0: placed.x0,
			x1: placed.x1,
			t0: placed.era.t0,
			t1: placed.era.t1,
			t: placed.era.t0,
			dimmed: false
		});
	}
	// Events and clusters share one time order; eras follow, left to right.
	const inTime = items.sort(
		(a, b) => a.t - b.t || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : 1)
	);
	eras.sort((a, b) => a.x0 - b.x0);
	return { items: [...inTime, ...eras], domain, width };
}

function centre(item: FocusItem): number {
	return (item.x0 + item.x1) / 2;
}

/**
 * The item that stands for `key` in this layout: the item itself when drawn. An event folded into
 * a cluster (pass the event) is stood for by the cluster that holds it; a cluster that has split
 * while zooming in, by its first event or the cluster that now holds that.
 */
export function locate(
	map: FocusMap,
	key: FocusKey | null,
	event?: TimelineEvent
): FocusItem | undefined {
	if (!key) return undefined;
	const found = map.items.find((item) => item.kind === key.kind && item.id === key.id);
	if (found || key.kind === 'era') return found;
	if (key.kind === 'cluster') return locate(map, { kind: 'event', id: key.id }, event);
	if (!event || event.id !== key.id) return undefined;
	const [d0, d1] = map.domain;
	if (event.t1 <= d0 || event.t0 >= d1) return undefined;
	const perMs = map.width / (d1 - d0);
	const x =
		(Math.max((event.t0 - d0) * perMs, 0) + Math.min((event.t1 - d0) * perMs, map.width)) / 2;
	let best: FocusItem | undefined;
	for (const item of map.items) {
		if (item.kind !== 'cluster' || item.t0 > event.t0 || item.t1 < event.t1) continue;
		if (!best || Math.abs(centre(item) - x) < Math.abs(centre(best) - x)) best = item;
	}
	return best;
}

/** Items the keys may move to: everything drawn but the dimmed marks. */
function reachable(map: FocusMap): FocusItem[] {
	return map.items.filter((item) => !item.dimmed);
}

/**
 * The one item that takes Tab into the timeline: the item standing for the last one focused;
 * for an event out of view, the reachable item nearest it in time; otherwise the first reachable
 * event or cluster in time, then the first era. Undefined when nothing is drawn.
 */
export function rovingItem(
	map: FocusMap,
	active: FocusKey | null,
	event?: TimelineEvent
): FocusItem | undefined {
	const here = locate(map, active, event);
	if (here) return here;
	const candidates = reachable(map);
	const inTime = candidates.filter((item) => item.kind !== 'era');
	if (event && event.t0 >= map.domain[1] && inTime.length > 0) return inTime[inTime.length - 1];
	return inTime[0] ?? candidates[0];
}

export type Move = 'previous' | 'next' | 'up' | 'down';

/**
 * Where a key leads from `from` (nothing focused yet: undefined). ← and → follow time order
 * through events and clusters, or go from era to era; ↑ and ↓ go to the nearest item in the next
 * row that has one. 'beyond' means the next or previous event lies outside the view.
 */
export function step(
	map: FocusMap,
	from: FocusItem | undefined,
	move: Move
): FocusItem | 'beyond' | null {
	if (move === 'previous' || move === 'next') {
		const forward = move === 'next';
		const era = from?.kind === 'era';
		// Events and clusters make one sequence, eras another.
		const sameKind = (item: FocusItem) => !item.dimmed && (item.kind === 'era') === era;
		if (!from) {
			const row = map.items.filter(sameKind);
			return (forward ? row[0] : row[row.length - 1]) ?? 'beyond';
		}
		const by = forward ? 1 : -1;
		for (let i = map.items.indexOf(from) + by; i >= 0 && i < map.items.length; i += by) {
			if (sameKind(map.items[i]!)) return map.items[i]!;
		}
		return era ? null : 'beyond';
	}
	if (!from) return null;
	const candidates = reachable(map);
	const up = move === 'up';
	const rows = candidates
		.map((item) => item.row)
		.filter((row) => (up ? row < from.row : row > from.row));
	if (rows.length === 0) return null;
	const row = up ? Math.max(...rows) : Math.min(...rows);
	const x = centre(from);
	const distance = (item: FocusItem) =>
		item.x0 <= x && x <= item.x1 ? 0 : Math.min(Math.abs(item.x0 - x), Math.abs(item.x1 - x));
	let best: FocusItem | undefined;
	for (const item of candidates) {
		if (item.row !== row) continue;
		if (!best || distance(item) < distance(best)) best = item;
	}
	return best ?? null;
}
