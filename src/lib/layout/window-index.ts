/**
 * Finds the events that intersect a time window without scanning them all. Items are grouped by
 * the power of two of their duration and each group is sorted by start once; a query bisects each
 * group for starts in [lo − its longest duration, hi) and keeps those that end after lo. Cost per
 * query: O(g log n + k) for g groups (at most ~50) and k candidates, close to the k results.
 */
export interface Interval {
	readonly t0: number;
	/** Exclusive end. */
	readonly t1: number;
}

interface Group<T> {
	readonly maxDuration: number;
	readonly items: readonly T[];
	readonly starts: Float64Array;
}

export interface WindowIndex<T extends Interval> {
	/** Every item with t0 < hi and t1 > lo, in the order of the input. */
	query(lo: number, hi: number): T[];
}

function lowerBound(values: Float64Array, target: number): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((values[mid] as number) < target) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export function windowIndex<T extends Interval>(items: readonly T[]): WindowIndex<T> {
	const order = new Map<T, number>(items.map((item, i) => [item, i]));
	const buckets = new Map<number, T[]>();
	for (const item of items) {
		const key = Math.ceil(Math.log2(Math.max(item.t1 - item.t0, 1)));
		let bucket = buckets.get(key);
		if (!bucket) buckets.set(key, (bucket = []));
		bucket.push(item);
	}
	const groups: Group<T>[] = [...buckets.values()].map((bucket) => {
		const sorted = [...bucket].sort((a, b) => a.t0 - b.t0);
		return {
			maxDuration: Math.max(...sorted.map((item) => item.t1 - item.t0)),
			items: sorted,
			starts: Float64Array.from(sorted, (item) => item.t0)
		};
	});
	return {
		query(lo, hi) {
			const found: T[] = [];
			for (const group of groups) {
				const end = lowerBound(group.starts, hi);
				for (let i = lowerBound(group.starts, lo - group.maxDuration); i < end; i++) {
					const item = group.items[i] as T;
					if (item.t1 > lo) found.push(item);
				}
			}
			if (groups.length > 1) found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
			return found;
		}
	};
}
