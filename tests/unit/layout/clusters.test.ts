import { describe, expect, it, vi } from 'vitest';
import { clusterLabeller, FoldAccumulator, type Cluster } from '../../../src/lib/layout/clusters';
import { textMeasure } from '../../../src/lib/layout/text';
import { seededRandom } from '../../support/dataset';

const measure = textMeasure(11);

interface FoldedItem {
	readonly id: string;
	readonly x: number;
	readonly t0: number;
	readonly t1: number;
}

/** Folds the items in the given order and returns the clusters, as layoutTimeline does. */
function clusterFolded(
	items: readonly FoldedItem[],
	width: number,
	m = measure,
	gap = 4
): Cluster[] {
	const folds = new FoldAccumulator(width, clusterLabeller('en-GB'));
	for (const item of items) folds.add(item.id, item.x, item.t0, item.t1);
	return folds.clusters(m, gap);
}
const GAP = 4;
const folded = (id: string, x: number, t0 = x, t1 = t0 + 1): FoldedItem => ({ id, x, t0, t1 });
/** Width of a "+N" mark: its label plus 8 px padding each side. */
const markWidth = (n: number) => measure(`+${n}`) + 16;

function problems(clusters: readonly Cluster[], width: number): string[] {
	const found: string[] = [];
	clusters.forEach((c, i) => {
		if (c.x - c.width / 2 < -1e-9 || c.x + c.width / 2 > width + 1e-9)
			found.push(`${c.id} leaves the row`);
		const next = clusters[i + 1];
		if (next && c.x + c.width / 2 + GAP > next.x - next.width / 2 + 1e-9)
			found.push(`${c.id} touches ${next.id}`);
		if (c.label !== `+${c.count}`) found.push(`${c.id} is labelled ${c.label}`);
	});
	return found;
}

describe('clusterFolded', () => {
	it('makes no cluster of nothing', () => {
		expect(clusterFolded([], 800, measure)).toEqual([]);
	});

	it('gives a lone item a "+1" mark centred on it', () => {
		expect(clusterFolded([folded('a', 400, 10, 20)], 800, measure)).toEqual([
			{ id: 'a', x: 400, width: markWidth(1), label: '+1', count: 1, t0: 10, t1: 20 }
		]);
	});

	it.each([
		['near the left edge is pushed inside', 2, markWidth(1) / 2],
		['past the right edge is pulled inside', 805, 800 - markWidth(1) / 2]
	])('a mark %s', (_, x, expected) => {
		expect(clusterFolded([folded('a', x)], 800, measure)[0]?.x).toBeCloseTo(expected, 9);
	});

	it('keeps items far apart in their own clusters', () => {
		const clusters = clusterFolded([folded('a', 100), folded('b', 500)], 800, measure);
		expect(clusters.map((c) => [c.id, c.count])).toEqual([
			['a', 1],
			['b', 1]
		]);
	});

	it('merges neighbours whose marks would touch, at their mean position, over their joint span', () => {
		const clusters = clusterFolded([folded('a', 100, 5, 9), folded('b', 110, 1, 3)], 800, measure);
		expect(clusters).toEqual([
			{ id: 'a', x: 105, width: markWidth(2), label: '+2', count: 2, t0: 1, t1: 9 }
		]);
	});

	it.each([
		['a "+9" beside its neighbour stays apart', 9, [1, 9]],
		['growing to "+10" widens the mark into its neighbour, and they merge', 10, [11]]
	])('%s', (_, n, sizes) => {
		// Just far enough that a "+9" clears the lone mark and a "+10" does not.
		const x = 300 + markWidth(1) / 2 + GAP + markWidth(9) / 2 + (markWidth(10) - markWidth(9)) / 4;
		const pile = Array.from({ length: n }, (_, i) => folded(`p${i}`, x));
		const clusters = clusterFolded([folded('n', 300), ...pile], 800, measure, GAP);
		expect(clusters.map((c) => c.count)).toEqual(sizes);
	});

	it('names a cluster after its leftmost item, then its earliest, whatever the input order', () => {
		const items = [folded('late', 300, 50), folded('early', 300, 10), folded('right', 305, 0)];
		const forwards = clusterFolded(items, 800, measure);
		const backwards = clusterFolded([...items].reverse(), 800, measure);
		expect(forwards.map((c) => c.id)).toEqual(['early']);
		expect(backwards).toEqual(forwards);
	});

	it('keeps its id when the view zooms in and the cluster stays together', () => {
		const items = [folded('b', 400, 2), folded('a', 398, 1), folded('c', 403, 3)];
		const zoomed = items.map((it) => ({ ...it, x: 400 + (it.x - 400) * 1.5 }));
		expect(clusterFolded(zoomed, 800, measure).map((c) => c.id)).toEqual(
			clusterFolded(items, 800, measure).map((c) => c.id)
		);
	});

	it.each([
		['320 px with 300 items', 320, 300, 1],
		['800 px with 2,000 items', 800, 2000, 2],
		['1,600 px with 60 sparse items', 1600, 60, 3],
		['all items piled on one spot', 800, 100, 4]
	])('on %s: no overlaps, inside the row, every item counted once', (name, width, n, seed) => {
		const random = seededRandom(seed);
		const pile = name.startsWith('all');
		const items = Array.from({ length: n }, (_, i) =>
			folded(`e${i}`, pile ? 700 : random() * width)
		);
		const clusters = clusterFolded(items, width, measure, GAP);
		expect(problems(clusters, width)).toEqual([]);
		expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(n);
	});
});

describe('clusterLabeller', () => {
	it('writes "+N" as the locale writes a signed count', () => {
		const english = clusterLabeller('en-GB');
		expect([12, 1234, 12345].map(english)).toEqual(['+12', '+1234', '+12,345']);
		expect(clusterLabeller('ar-EG')(12)).toBe('\u061c+١٢');
	});

	it.each(['en', 'en-GB', 'en-US', 'en-IN', 'en-150', 'en-ZA'])(
		'writes %s counts as Intl does',
		(locale) => {
			const intl = new Intl.NumberFormat(locale, { signDisplay: 'always', useGrouping: 'min2' });
			const labeller = clusterLabeller(locale);
			for (const count of [1, 9, 12, 999, 1000, 9999, 10_000, 123_456]) {
				expect(labeller(count)).toBe(intl.format(count));
			}
		}
	);

	it('builds no Intl formatter for English counts under 10,000, nor for any count in en-GB (the dataset worker lays out with them)', () => {
		const Real = Intl.NumberFormat;
		let built = 0;
		vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args) {
			built += 1;
			return new Real(...args);
		});
		try {
			const labeller = clusterLabeller('en-AU');
			expect([3, 4321].map(labeller)).toEqual(['+3', '+4321']);
			expect(built).toBe(0);
			expect(labeller(54_321)).toBe('+54,321');
			expect(built).toBe(1);
			expect(clusterLabeller('en-GB')(7_654_321)).toBe('+7,654,321');
			expect(built).toBe(1);
		} finally {
			vi.restoreAllMocks();
		}
	});

	it('gives the marks the width of the label they show', () => {
		const egyptian = clusterLabeller('ar-EG');
		const folds = new FoldAccumulator(400, egyptian);
		for (let i = 0; i < 12; i++) folds.add(`e${i}`, 200, i, i + 1);
		const [cluster] = folds.clusters(measure);
		expect(cluster?.label).toBe(egyptian(12));
		expect(cluster?.width).toBeCloseTo(measure(egyptian(12)) + 16, 9);
	});
});
