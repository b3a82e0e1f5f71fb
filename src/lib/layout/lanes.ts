/**
 * Lane assignment: each item occupies a horizontal extent [x0, x1] in pixels (its mark and its
 * label) and gets the lane nearest the axis where it touches nothing, or none when every lane is
 * taken there. Items are placed in the order given (most important first). An item keeps the lane
 * it had in the previous frame when that lane is still free, so labels do not jump while zooming.
 * Each lane keeps its extents sorted, so a placement test is a binary search: O(n log n) overall
 * for n items, plus the array inserts, which are small moves of typed memory.
 */
export interface LaneItem {
	readonly id: string;
	readonly x0: number;
	readonly x1: number;
}

class Lane {
	private starts: number[] = [];
	private ends: number[] = [];

	/** Index of the first extent starting at or after x. */
	private position(x: number): number {
		let lo = 0;
		let hi = this.starts.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((this.starts[mid] as number) < x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	fits(x0: number, x1: number, gap: number): boolean {
		const i = this.position(x0);
		const before = i > 0 ? (this.ends[i - 1] as number) : -Infinity;
		const after = i < this.starts.length ? (this.starts[i] as number) : Infinity;
		return before + gap <= x0 && x1 + gap <= after;
	}

	add(x0: number, x1: number): void {
		const i = this.position(x0);
		this.starts.splice(i, 0, x0);
		this.ends.splice(i, 0, x1);
	}
}

/** Places items one at a time, most important first, so a caller can stop or skip as it goes. */
export class LanePacker {
	private readonly lanes: Lane[];

	constructor(
		readonly laneCount: number,
		private readonly gap: number,
		private readonly previous?: ReadonlyMap<string, number>
	) {
		this.lanes = Array.from({ length: laneCount }, () => new Lane());
	}

	/** Whether some lane is free over [x0, x1]: a cheap test before working out a label. */
	hasRoom(x0: number, x1: number): boolean {
		return this.lanes.some((lane) => lane.fits(x0, x1, this.gap));
	}

	/** The lane given to the item (0 is nearest the axis), or -1 when none is free there. */
	place(item: LaneItem): number {
		const preferred = this.previous?.get(item.id);
		const { x0, x1 } = item;
		let chosen = -1;
		if (
			preferred !== undefined &&
			preferred < this.laneCount &&
			this.lanes[preferred]!.fits(x0, x1, this.gap)
		) {
			chosen = preferred;
		} else {
			chosen = this.lanes.findIndex((lane) => lane.fits(x0, x1, this.gap));
		}
		if (chosen >= 0) this.lanes[chosen]!.add(x0, x1);
		return chosen;
	}
}
