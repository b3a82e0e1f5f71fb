import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/lib/data/validate';
import { densityLayers } from '../../../src/lib/layout/overview';
import { zoomBounds } from '../../../src/lib/scale/zoom';
import { rawDataset, rawEvent } from '../../support/dataset';

const categories = [
	{ id: 'war', label: 'War', color: '#d55e00' },
	{ id: 'talks', label: 'Talks', color: '#0072b2' },
	{ id: 'unused', label: 'Unused', color: '#009e73' }
];

function timeline(events: ReturnType<typeof rawEvent>[]) {
	return loadTimeline(rawDataset(events, { categories }));
}

const colourOf = (category: string | undefined) => category ?? 'none';

/** Every y coordinate in a path of `M x,y V y H x V y Z` rectangles. */
function ys(path: string): number[] {
	return [...path.matchAll(/M-?[\d.]+,(-?[\d.]+)V(-?[\d.]+)/g)].flatMap((m) => [
		Number(m[1]),
		Number(m[2])
	]);
}

describe('densityLayers', () => {
	const data = timeline([
		rawEvent('a', '1950', { category: 'war' }),
		rawEvent('b', '1950-06', { category: 'talks' }),
		rawEvent('c', '2000-01-01', { category: 'war' }),
		rawEvent('d', '2001-01-01')
	]);
	const full = zoomBounds(data.extent).full;
	const layers = densityLayers(data, full, 400, 40, colourOf);

	it('draws one path per category that has events, in the dataset’s order, uncategorised last', () => {
		expect(layers.map((layer) => [layer.category, layer.colour])).toEqual([
			['war', 'war'],
			['talks', 'talks'],
			['', 'none']
		]);
	});

	it('keeps every path inside the strip’s height', () => {
		for (const layer of layers) {
			const values = ys(layer.path);
			expect(values.length).toBeGreaterThan(0);
			for (const y of values) {
				expect(y).toBeGreaterThanOrEqual(-1e-9);
				expect(y).toBeLessThanOrEqual(40 + 1e-9);
			}
		}
	});

	it('costs a handful of paths however many events there are', () => {
		const many = timeline(
			Array.from({ length: 3000 }, (_, i) =>
				rawEvent(`e${i}`, `${1950 + (i % 70)}`, { category: i % 2 ? 'war' : 'talks' })
			)
		);
		expect(densityLayers(many, zoomBounds(many.extent).full, 800, 40, colourOf)).toHaveLength(2);
	});
});
