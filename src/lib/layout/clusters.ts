import type { Measure } from './text';

/** An event that did not get a lane, at its place on the axis. */
export interface FoldedItem {
	readonly id: string;
	/** Centre of its mark in pixels. */
	readonly x: number;
	readonly t0: number;
	readonly t1: number;
}

export interface Cluster {
	/** Stable while zooming: the id of its earliest event on screen. */
	readonly id: string;
	/** Centre of the cluster mark, kept inside [0, width]. */
	readonly x: number;
	/** Width of the mark, which holds the label "+N". */
	readonly width: number;
	readonly label: string;
	readonly ids: readonly string[];
	readonly t0: number;
	readonly t1: number;
}

const PADDING = 8;

interface Group {
	ids: string[];
	sumX: number;
	t0: number;
	t1: number;
	x: number;
	width: number;
}

function place(group: Group, width: number, measure: Measure): void {
	group.width = measure(`+${group.ids.length}`) + 2 * PADDING;
	const centre = group.sumX / group.ids.length;
	group.x = Math.min(Math.max(centre, group.width / 2), width - group.width / 2);
}

/**
 * Groups folded events into "+N" marks on one row: neighbours whose marks would touch merge, so
 * cluster marks never overlap each other or leave the row. Sorting dominates: O(n log n).
 */
export function clusterFolded(
	items: readonly FoldedItem[],
	width: number,
	measure: Measure,
	gap = 4
): Cluster[] {
	const sorted = [...items].sort((a, b) => a.x - b.x || a.t0 - b.t0);
	const stack: Group[] = [];
	for (const item of sorted) {
		let group: Group = { ids: [item.id], sumX: item.x, t0: item.t0, t1: item.t1, x: 0, width: 0 };
		place(group, width, measure);
		// Merge backwards while the new mark would touch the previous one.
		while (stack.length > 0) {
			const previous = stack[stack.length - 1]!;
			if (previous.x + previous.width / 2 + gap <= group.x - group.width / 2) break;
			stack.pop();
			for (const id of group.ids) previous.ids.push(id);
			previous.sumX += group.sumX;
			previous.t0 = Math.min(previous.t0, group.t0);
			previous.t1 = Math.max(previous.t1, group.t1);
			place(previous, width, measure);
			group = previous;
		}
		stack.push(group);
	}
	return stack.map((group) => ({
		id: group.ids[0]!,
		x: group.x,
		width: group.width,
		label: `+${group.ids.length}`,
		ids: group.ids,
		t0: group.t0,
		t1: group.t1
	}));
}
