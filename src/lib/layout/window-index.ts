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

interface Group {
	readonly maxDuration: number;
	readonly starts: Float64Array;
	readonly ends: Float64Array;
	/** Position of each item in the input, to give results in input order. */
	readonly order: Int32Array;
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
	const buckets = new Map<number, number[]>();
	items.forEach((item, i) => {
		const key = Math.ceil(Math.log2(Math.max(item.t1 - item.t0, 1)));
		let bucket = buckets.get(key);
		if (!bucket) buckets.set(key, (bucket = []));
		bucket.push(i);
	});
	const groups: Group[] = [...buckets.values()].map((bucket) => {
		const order = Int32Array.from(bucket);
		// Timelines arrive sorted by start, and then every group already is: skip the sort.
		let sorted = true;
		for (let i = 1; i < order.length && sorted; i++)
			sorted = items[order[i - 1]!]!.t0 <= items[order[i]!]!.t0;
		if (!sorted) order.sort((a, b) => items[a]!.t0 - items[b]!.t0);
		const starts = Float64Array.from(order, (i) => items[i]!.t0);
		const ends = Float64Array.from(order, (i) => items[i]!.t1);
		let maxDuration = 0;
		for (let i = 0; i < order.length; i++)
			maxDuration = Math.max(maxDuration, ends[i]! - starts[i]!);
		return { maxDuration, starts, ends, order };
	});
	return {
		query(lo, hi) {
			const hits: number[] = [];
			for (const group of groups) {
				const end = lowerBound(group.starts, hi);
				for (let i = lowerBound(group.starts, lo - group.maxDuration); i < end; i++) {
					if ((group.ends[i] as number) > lo) hits.push(group.order[i] as number);
				}
			}
			// Typed-array sort is numeric and much faster than sorting the items themselves.
			const sorted = groups.length > 1 ? Int32Array.from(hits).sort() : hits;
			return Array.from(sorted, (i) => items[i] as T);
		}
	};
}
