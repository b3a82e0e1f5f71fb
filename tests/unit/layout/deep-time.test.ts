import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/lib/data/validate';
import { DAY, MIN_SPAN, zoomAround, zoomBounds, type Domain } from '../../../src/lib/scale/zoom';
import { axisProblems } from '../../support/axis';
import { seededRandom } from '../../support/dataset';
import { datasetOf, importFixture } from '../../support/import';
import { axisMeasure, layoutProblems, run } from '../../support/layout';

const cosmos = loadTimeline(datasetOf(importFixture('cosmos-timelinejs.json')));
const bounds = zoomBounds(cosmos.extent);
const MOON = Date.UTC(1969, 6, 20);

/** Every view from the whole age of the universe down to three days on the Moon landing. */
function zoomsToTheMoon(): Domain[] {
	const domains: Domain[] = [bounds.full];
	while (domains.at(-1)![1] - domains.at(-1)![0] > MIN_SPAN) {
		domains.push(zoomAround(domains.at(-1)!, 2, MOON + DAY / 2, bounds));
	}
	return domains;
}

describe('a cosmological timeline lays out at every zoom', () => {
	it('reaches three days on the Moon landing in 41 steps of two: a factor of 2 × 10¹²', () => {
		const domains = zoomsToTheMoon();
		expect(domains.length - 1).toBe(41);
		expect(domains.at(-1)![1] - domains.at(-1)![0]).toBe(MIN_SPAN);
	});

	it.each([320, 1150])(
		'no mark, label or tick collides at %i px, from the Big Bang to a day',
		(width) => {
			const found: string[] = [];
			for (const domain of zoomsToTheMoon()) {
				const { layout } = run(cosmos, domain, width, 440);
				const where = `${Math.round((domain[1] - domain[0]) / DAY)} days wide`;
				for (const problem of layoutProblems(cosmos, domain, width, 440))
					found.push(`${where}: ${problem}`);
				for (const problem of axisProblems(layout.ticks, width, axisMeasure))
					found.push(`${where}: ${problem}`);
			}
			expect(found).toEqual([]);
		}
	);

	it('shows the Big Bang, the Earth, first life and the Moon landing labelled at full view', () => {
		const { layout } = run(cosmos, bounds.full, 1150, 440);
		const labelled = layout.marks.filter((mark) => mark.label).map((mark) => mark.event.id);
		expect(labelled).toEqual(
			expect.arrayContaining(['the-big-bang', 'the-earth-forms', 'first-life'])
		);
		const ticks = layout.ticks.minor.map((tick) => tick.label).filter(Boolean);
		expect(ticks).toContain('10 billion years ago');
	});

	it('shows the Moon landing’s days on the axis when zoomed to it', () => {
		const { layout } = run(cosmos, zoomsToTheMoon().at(-1)!, 1150, 440);
		expect(layout.marks.map((mark) => mark.event.id)).toContain('apollo-11-lands-on-the-moon');
		expect(layout.ticks.major.map((tick) => tick.label)).toEqual(['July 1969']);
		expect(layout.ticks.minor.map((tick) => tick.label)).toContain('20');
	});

	it('on 500 seeded random views, panned anywhere and zoomed to any depth', () => {
		const random = seededRandom(13_800);
		const full = bounds.full[1] - bounds.full[0];
		const found: string[] = [];
		for (let i = 0; i < 500 && found.length === 0; i++) {
			const length = Math.exp(Math.log(MIN_SPAN) + random() * Math.log(full / MIN_SPAN));
			const start = bounds.full[0] + random() * (full - length);
			const domain: Domain = [start, start + length];
			const { layout } = run(cosmos, domain, 800, 440);
			for (const problem of [
				...layoutProblems(cosmos, domain, 800, 440),
				...axisProblems(layout.ticks, 800, axisMeasure)
			])
				found.push(`${start} +${length}: ${problem}`);
		}
		expect(found).toEqual([]);
	});
});
