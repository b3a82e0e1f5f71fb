import { describe, expect, it } from 'vitest';
import { windowIndex, type Interval } from '../../../src/lib/layout/window-index';
import { seededRandom } from '../../support/dataset';

interface Item extends Interval {
	readonly id: number;
}

const brute = (items: readonly Item[], lo: number, hi: number) =>
	items.filter((item) => item.t0 < hi && item.t1 > lo).map((item) => item.id);

const ids = (items: readonly Item[]) => items.map((item) => item.id);

/** 2,000 intervals over ~30 years in ms: zero-length, one-day-ish, years-long and whole-range. */
function generate(seed: number): Item[] {
	const random = seededRandom(seed);
	const RANGE = 1e12;
	return Array.from({ length: 2000 }, (_, id) => {
		const t0 = Math.round(random() * RANGE);
		const kind = random();
		const length =
			kind < 0.15
				? 0
				: kind < 0.25
					? Math.round(random() * RANGE)
					: kind < 0.27
						? RANGE * 2
						: Math.round(Math.exp(random() * 27));
		return { id, t0, t1: t0 + length };
	});
}

describe('windowIndex', () => {
	it('finds nothing in an empty list', () => {
		expect(windowIndex<Item>([]).query(0, 1e12)).toEqual([]);
	});

	const items: Item[] = [
		{ id: 0, t0: 10, t1: 20 },
		{ id: 1, t0: 20, t1: 30 },
		{ id: 2, t0: 15, t1: 15 },
		{ id: 3, t0: 0, t1: 1000 },
		{ id: 4, t0: 25, t1: 26 }
	];
	const index = windowIndex(items);

	it.each<[string, number, number, number[]]>([
		['an item ending where the window starts is out (ends are exclusive)', 20, 25, [1, 3]],
		['an item starting where the window ends is out', 5, 10, [3]],
		['a zero-length item strictly inside the window is in', 12, 18, [0, 2, 3]],
		['a zero-length item on the window edge is out', 15, 18, [0, 3]],
		['a zero-length window inside an item finds it', 12, 12, [0, 3]],
		['a very long item is found from far inside it', 900, 901, [3]],
		['a window past everything finds nothing', 2000, 3000, []],
		['results come back in input order, not by group', 0, 1000, [0, 1, 2, 3, 4]]
	])('%s', (_, lo, hi, expected) => {
		expect(ids(index.query(lo, hi))).toEqual(expected);
		expect(ids(index.query(lo, hi))).toEqual(brute(items, lo, hi));
	});

	it.each([1, 2, 3])(
		'equals a brute-force filter on 2,000 random intervals and 2,000 random windows (seed %i)',
		(seed) => {
			const random = seededRandom(100 + seed);
			const data = generate(seed);
			const idx = windowIndex(data);
			const mismatches: string[] = [];
			for (let q = 0; q < 2000; q++) {
				const lo = Math.round(random() * 1.1e12 - 5e10);
				const kind = random();
				const hi = kind < 0.1 ? lo : lo + Math.round(Math.exp(random() * 28));
				if (ids(idx.query(lo, hi)).join() !== brute(data, lo, hi).join())
					mismatches.push(`[${lo}, ${hi})`);
			}
			expect(mismatches).toEqual([]);
		}
	);

	it('agrees with brute force at the exact ends of every interval', () => {
		const data = generate(4);
		const idx = windowIndex(data);
		const mismatches = data.flatMap((item) =>
			[
				[item.t0, item.t0],
				[item.t1, item.t1],
				[item.t0 - 1, item.t0],
				[item.t1, item.t1 + 1],
				[item.t0, item.t1]
			]
				.filter(([lo, hi]) => ids(idx.query(lo!, hi!)).join() !== brute(data, lo!, hi!).join())
				.map(([lo, hi]) => `${item.id}: [${lo}, ${hi})`)
		);
		expect(mismatches).toEqual([]);
	});

	it('agrees with brute force when times are not whole milliseconds', () => {
		const random = seededRandom(9);
		const data = generate(5).map((item) => {
			const shift = random();
			return { ...item, t0: item.t0 + shift, t1: item.t1 + (item.t1 > item.t0 ? random() : shift) };
		});
		const idx = windowIndex(data);
		for (let q = 0; q < 500; q++) {
			const lo = random() * 1e12;
			const hi = lo + random() * 1e10;
			expect(ids(idx.query(lo, hi))).toEqual(brute(data, lo, hi));
		}
	});
});
