import { describe, expect, it } from 'vitest';
import dataset from '../../../data/events.json';
import type { Timeline } from '../../../src/lib/data/types';
import { loadTimeline } from '../../../src/lib/data/validate';
import { GEOMETRY as G } from '../../../src/lib/layout/geometry';
import { layoutTimeline, type TimelineLayout } from '../../../src/lib/layout/timeline';
import { windowIndex } from '../../../src/lib/layout/window-index';
import { DAY, type Domain } from '../../../src/lib/scale/zoom';
import { fixture, randomDataset, sameDayDataset } from '../../support/dataset';
import { axisMeasure, headlineMeasure, layoutProblems, measure, run } from '../../support/layout';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Views from the whole range down to the closest zoom, at a phone and a desktop size. */
function views(extent: Domain): [Domain, number, number][] {
	const out: [Domain, number, number][] = [];
	for (const [width, height] of [
		[320, 480],
		[1200, 700],
		[1200, 260]
	] as const) {
		for (const zoom of [1, 4, 32, 512, 4096]) {
			const span = Math.max((extent[1] - extent[0]) / zoom, 3 * DAY);
			for (const where of [0, 0.5, 0.93]) {
				const lo = extent[0] + where * (extent[1] - extent[0] - span);
				out.push([[lo, lo + span], width, height]);
			}
		}
	}
	return out;
}

const sameDay = (n: number) => loadTimeline(sameDayDataset(n, '2023-09-05'));
const random = (seed: number, n: number) => loadTimeline(randomDataset(seed, n, 1947, 2023));

const shipped = loadTimeline(dataset);
const mixed = loadTimeline(fixture('mixed-precision.json'));

describe('layoutTimeline keeps its promises on adversarial inputs', () => {
	it.each<[string, Timeline, Domain]>([
		['100 events on one day', sameDay(100), [at('2023-09-01'), at('2023-09-10')]],
		[
			'100 events on a day cut by the left edge',
			sameDay(100),
			[at('2023-09-05') + 0.75 * DAY, at('2023-09-08')]
		],
		[
			'100 events on a day cut by the right edge',
			sameDay(100),
			[at('2023-09-02'), at('2023-09-05') + 0.25 * DAY]
		],
		[
			'100 events on one day, seen from a decade away',
			sameDay(100),
			[at('2015-01-01'), at('2025-01-01')]
		],
		[
			'nested ranges, one-day ranges, year-only beside day events',
			mixed,
			[at('1990-01-01'), at('2000-01-01')]
		],
		['the shipped dataset', shipped, shipped.extent],
		[
			'500 seeded random events over 76 years',
			random(1, 500),
			[at('1947-01-01'), at('2024-01-01')]
		],
		[
			'2,000 seeded random events over 76 years',
			random(2, 2000),
			[at('1947-01-01'), at('2024-01-01')]
		]
	])(
		'%s: no overlaps in a lane, labels inside, all counted, headlines first',
		(_, timeline, extent) => {
			const found = views(extent).flatMap(([domain, width, height]) =>
				layoutProblems(timeline, domain, width, height).map(
					(p) =>
						`${new Date(domain[0]).toISOString()} +${Math.round((domain[1] - domain[0]) / DAY)}d ${width}×${height}: ${p}`
				)
			);
			expect(found).toEqual([]);
		}
	);

	it('folds some of 100 same-day events into clusters rather than stacking them off the top', () => {
		const { layout } = run(sameDay(100), [at('2023-09-01'), at('2023-09-10')], 1200, 700);
		expect(layout.marks.length).toBeLessThanOrEqual(layout.laneCount);
		expect(layout.clusters.reduce((sum, cluster) => sum + cluster.count, 0)).toBe(
			100 - layout.marks.length
		);
	});

	it('writes the clusters’ counts in the timeline’s locale', () => {
		const egyptian = { ...sameDay(100), locale: 'ar-EG' };
		const { layout } = run(egyptian, [at('2023-09-01'), at('2023-09-10')], 1200, 700);
		expect(layout.clusters.length).toBeGreaterThan(0);
		for (const cluster of layout.clusters) {
			expect(cluster.label).toBe(`\u061c+${cluster.count.toLocaleString('ar-EG')}`);
		}
	});

	it('places headlines first: with one lane, the same-day lane goes to an importance-1 event', () => {
		const { layout } = run(sameDay(30), [at('2023-09-01'), at('2023-09-10')], 1200, 110);
		expect(layout.laneCount).toBe(1);
		expect(layout.marks.map((mark) => mark.event.importance)).toEqual([1]);
	});
});

describe('layoutTimeline', () => {
	const domain: Domain = [at('1990-01-01'), at('2000-01-01')];

	it('is pure: the same input gives an equal layout', () => {
		expect(run(mixed, domain, 1200, 700).layout).toEqual(run(mixed, domain, 1200, 700).layout);
	});

	it('returns marks in the timeline’s order, whatever order they were placed in', () => {
		const indices = run(mixed, domain, 1200, 700).layout.marks.map((mark) => mark.event.index);
		expect(indices).toEqual([...indices].sort((a, b) => a - b));
	});

	it('places every event when there is room, folding nothing', () => {
		const { layout, visible } = run(mixed, domain, 1600, 900);
		expect(layout.clusters).toEqual([]);
		expect(layout.marks).toHaveLength(visible.length);
	});

	it('keeps an event in its previous lane while that lane is free, over a nearer one', () => {
		const first = run(mixed, domain, 1200, 700).layout;
		const top = first.laneCount - 1;
		const lane = (layout: TimelineLayout) =>
			layout.marks.find((m) => m.event.id === 'year-1994')?.lane;
		expect(lane(first)).toBeLessThan(top);
		const again = run(mixed, domain, 1200, 700, new Map([['year-1994', top]])).layout;
		expect(lane(again)).toBe(top);
	});

	it('stacks lanes upwards from the cluster row above the axis', () => {
		const { layout } = run(mixed, domain, 1200, 700);
		expect(layout.axisY).toBe(700 - G.axisHeight);
		for (const mark of layout.marks) {
			expect(mark.y).toBeCloseTo(
				layout.axisY - G.clusterRowHeight - (mark.lane + 0.5) * G.laneHeight,
				9
			);
		}
	});

	it('leaves out events wholly outside the view', () => {
		const { layout } = run(mixed, [at('1996-01-01'), at('1996-02-01')], 1200, 700);
		expect(layout.marks.map((mark) => mark.event.id)).toEqual(['decade-long']);
	});

	it('keeps era bands within the view', () => {
		const { layout } = run(mixed, [at('1993-05-01'), at('1993-07-01')], 800, 700);
		for (const era of layout.eras) {
			expect(era.x0).toBeGreaterThanOrEqual(0);
			expect(era.x1).toBeLessThanOrEqual(800);
		}
		expect(layout.eras.map((era) => era.era.id)).toEqual(['decade', 'short-era']);
	});
});

describe('layoutTimeline with a search', () => {
	const timeline = loadTimeline(sameDayDataset(40, '2001-05-06'));
	const domain: Domain = [at('2001-05-01'), at('2001-05-12')];
	const matches = Uint8Array.from(timeline.events, (_, i) => (i % 10 === 9 ? 1 : 0));
	const lay = (hideUnmatched: boolean) =>
		layoutTimeline({
			timeline,
			index: windowIndex(timeline.events),
			domain,
			width: 600,
			height: 440,
			measure,
			headlineMeasure,
			axisMeasure,
			matches,
			hideUnmatched
		});

	it('dims the events that do not match and gives the matches lanes first', () => {
		const { marks } = lay(false);
		const shown = marks.filter((mark) => !mark.dimmed).map((mark) => mark.event.id);
		expect(shown.sort()).toEqual(['e19', 'e29', 'e39', 'e9']);
		expect(marks.some((mark) => mark.dimmed)).toBe(true);
	});

	it('leaves the events that do not match out when hiding them', () => {
		const { marks, clusters } = lay(true);
		expect(marks.map((mark) => mark.event.id).sort()).toEqual(['e19', 'e29', 'e39', 'e9']);
		expect(clusters).toEqual([]);
	});
});
