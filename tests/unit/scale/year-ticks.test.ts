import { describe, expect, it } from 'vitest';
import { textMeasure } from '../../../src/lib/layout/text';
import { axisTicks } from '../../../src/lib/scale/ticks';
import { roundYears } from '../../../src/lib/scale/year-ticks';
import { DAY, type Domain } from '../../../src/lib/scale/zoom';
import { yearAt, yearStart, YEAR_MS } from '../../../src/lib/time/years';
import { axisProblems } from '../../support/axis';
import { seededRandom } from '../../support/dataset';

const measure = textMeasure(11);
const labels = (ticks: readonly { label: string }[]) =>
	ticks.map((tick) => tick.label).filter(Boolean);
const years = (domain: Domain, step: number) => roundYears(domain, step).map(yearAt);

/** The cosmological dataset's extent: the Big Bang to 1969, with a 3% margin as zoomBounds adds. */
const BIG_BANG = yearStart(-13_799_999_999);
const MOON = Date.UTC(1969, 6, 21);
const margin = (MOON - BIG_BANG) * 0.03;
const COSMOS: Domain = [BIG_BANG - margin, MOON + margin];

describe('roundYears', () => {
	it.each<[string, Domain, number, number[]]>([
		[
			'BCE numbers that are multiples, not astronomical ones',
			[yearStart(-45), yearStart(-14)],
			10,
			[-39, -29, -19]
		],
		[
			'across the era: 10 BCE, then 10 CE, never year 0',
			[yearStart(-25), yearStart(25)],
			10,
			[-19, -9, 10, 20]
		],
		['every year across the era', [yearStart(-2), yearStart(2)], 1, [-2, -1, 0, 1, 2]],
		[
			'billions of years before the era',
			[yearStart(-5e9), yearStart(-1e9 + 2)],
			1e9,
			[1 - 5e9, 1 - 4e9, 1 - 3e9, 1 - 2e9, 1 - 1e9]
		],
		['the deep future', [yearStart(4e9), yearStart(7e9)], 1e9, [4e9, 5e9, 6e9, 7e9]]
	])('%s', (_, domain, step, expected) => {
		expect(years(domain, step)).toEqual(expected);
	});

	it('leaves out a round year whose start is before the domain', () => {
		expect(years([yearStart(-1e9) + DAY, yearStart(-1e9) + 2 * YEAR_MS], 1)).toEqual([
			-999_999_999
		]);
	});
});

describe('axisTicks beyond the reach of Date', () => {
	it.each([320, 1150, 1920])('the cosmos at %i px reads in billions of years ago', (width) => {
		const ticks = axisTicks(COSMOS, width, measure);
		expect(labels(ticks.minor).length).toBeGreaterThan(0);
		for (const label of labels(ticks.minor)) expect(label).toMatch(/^\d+ billion years ago$/);
		expect(ticks.major).toEqual([]);
	});

	it('the cosmos at 1150 px: every other billion, none dropped but one cut by the edge', () => {
		const { minor } = axisTicks(COSMOS, 1150, measure);
		expect(labels(minor)).toEqual([12, 10, 8, 6, 4, 2].map((n) => `${n} billion years ago`));
		expect(minor[0]).toMatchObject({ label: '' });
		expect(minor[0]!.x).toBeLessThan(measure('14 billion years ago') / 2);
	});

	it('around the Earth’s forming: hundreds of millions, as decimals of a billion', () => {
		const domain: Domain = [yearStart(-5e9), yearStart(-4e9)];
		expect(labels(axisTicks(domain, 1150, measure).minor)).toContain('4.6 billion years ago');
	});

	it('around the dinosaurs’ end', () => {
		const domain: Domain = [yearStart(-70e6), yearStart(-60e6)];
		expect(labels(axisTicks(domain, 1150, measure).minor)).toContain('66 million years ago');
	});

	it('across a million years: years ago turn into BCE', () => {
		const domain: Domain = [yearStart(-1.5e6), yearStart(-0.5e6)];
		const shown = labels(axisTicks(domain, 1150, measure).minor);
		expect(shown).toContain('1.2 million years ago');
		expect(shown).toContain('800,000 BCE');
	});

	it('300,000 years to today, inside Date: round years past the calendar’s coarsest step', () => {
		const domain: Domain = [yearStart(-299_999), MOON];
		const shown = labels(axisTicks(domain, 1150, measure).minor);
		expect(shown).toContain('200,000 BCE');
		expect(shown).toContain('100,000 BCE');
	});

	it('a few years 4.6 billion years ago: every year, in full', () => {
		const start = yearStart(-4_599_999_999);
		const shown = labels(
			axisTicks([start - YEAR_MS / 2, start + 5 * YEAR_MS], 1150, measure).minor
		);
		expect(shown).toContain('4,600,000,000 years ago');
		expect(shown).toContain('4,599,999,996 years ago');
	});

	it('three days billions of years ago: no round year in view, the year pinned above instead', () => {
		const start = yearStart(-2_206_318_346) + 100 * DAY;
		const ticks = axisTicks([start, start + 3 * DAY], 1150, measure);
		expect(labels(ticks.minor)).toEqual([]);
		expect(ticks.major).toEqual([
			{ t: yearStart(-2_206_318_346), x: 0, label: '2,206,318,347 years ago' }
		]);
	});

	it('pins nothing when round years are labelled in view', () => {
		expect(axisTicks(COSMOS, 1150, measure).major).toEqual([]);
	});

	it.each<[string, Domain, number]>([
		['the cosmos on a phone', COSMOS, 280],
		['the era’s turn in deep units', [yearStart(-2e6), yearStart(1e6)], 400],
		['three days at the Big Bang', [BIG_BANG, BIG_BANG + 3 * DAY], 1150],
		['from the deep past to the far future', [yearStart(-1e12), yearStart(1e12)], 1150]
	])('no label collides or leaves the axis: %s', (_, domain, width) => {
		expect(axisProblems(axisTicks(domain, width, measure), width, measure)).toEqual([]);
	});

	it('on 2,000 seeded random views of the cosmos, 3 days to its whole age wide', () => {
		const random = seededRandom(1969);
		const found: string[] = [];
		for (let i = 0; i < 2000 && found.length === 0; i++) {
			const length = Math.exp(
				Math.log(3 * DAY) + random() * Math.log((COSMOS[1] - COSMOS[0]) / (3 * DAY))
			);
			const start = COSMOS[0] + random() * (COSMOS[1] - COSMOS[0] - length);
			const width = 200 + Math.floor(random() * 1600);
			for (const problem of axisProblems(
				axisTicks([start, start + length], width, measure),
				width,
				measure
			)) {
				found.push(`year ${yearAt(start)} +${Math.round(length / DAY)}d @${width}px: ${problem}`);
			}
		}
		expect(found).toEqual([]);
	});
});
