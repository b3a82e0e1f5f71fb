/** Small statistics for the benchmark: percentiles of frame intervals and medians over repetitions. */

/** A measured figure, or why there is none. */
/** A measurement, or why there is none: 'n/a' where a page has no such feature. */
export type Value = number | 'timeout' | 'error' | 'n/a';

export interface FrameStats {
	readonly p50: number;
	readonly p95: number;
	readonly max: number;
	/** Frames that took longer than 50 ms (a long task's worth). */
	readonly over50: number;
	readonly frames: number;
}

/** Nearest-rank percentile (0 < p ≤ 100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) throw new RangeError('percentile of an empty list');
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
	return sorted[rank - 1] ?? Number.NaN;
}

export function frameStats(deltas: readonly number[]): FrameStats {
	if (deltas.length === 0) throw new Error('no animation frames were recorded');
	return {
		p50: percentile(deltas, 50),
		p95: percentile(deltas, 95),
		max: Math.max(...deltas),
		over50: deltas.filter((delta) => delta > 50).length,
		frames: deltas.length
	};
}

/**
 * Median over repetitions. A timeout or error counts as slower than any number, so the median is a
 * number only when most repetitions gave one.
 */
export function median(values: readonly Value[]): Value {
	if (values.length === 0) return 'error';
	const rank = (value: Value) => (typeof value === 'number' ? value : Number.POSITIVE_INFINITY);
	const sorted = [...values].sort((a, b) => rank(a) - rank(b));
	const middle = Math.floor(sorted.length / 2);
	const upper = sorted[middle] ?? 'error';
	if (sorted.length % 2 === 1) return upper;
	const lower = sorted[middle - 1] ?? 'error';
	if (typeof lower !== 'number') return lower;
	if (typeof upper !== 'number') return upper;
	return (lower + upper) / 2;
}
