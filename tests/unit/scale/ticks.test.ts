import { describe, expect, it } from 'vitest';
import { textMeasure } from '../../../src/lib/layout/text';
import { axisTicks } from '../../../src/lib/scale/ticks';
import { tickFormatter } from '../../../src/lib/scale/tick-format';
import { DAY, type Domain } from '../../../src/lib/scale/zoom';
import { utcMillis } from '../../../src/lib/time/years';
import { axisProblems } from '../../support/axis';
import { seededRandom } from '../../support/dataset';

const measure = textMeasure(11);
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const labels = (ticks: readonly { label: string }[]) =>
	ticks.map((tick) => tick.label).filter(Boolean);

describe('axisTicks picks two levels by zoom', () => {
	it('76 years at 1200 px: years on 1 January, decades or nothing above', () => {
		const ticks = axisTicks([at('1947-01-01'), at('2023-01-01')], 1200, measure);
		expect(labels(ticks.minor).length).toBeGreaterThan(5);
		expect(labels(ticks.minor).every((label) => /^\d{4}$/.test(label))).toBe(true);
		expect(
			ticks.minor.every((tick) => new Date(tick.t).toISOString().slice(5, 10) === '01-01')
		).toBe(true);
		expect(labels(ticks.major).every((label) => /^\d{3}0s$/.test(label))).toBe(true);
	});

	it('2 years at 1200 px: months on the 1st, years above', () => {
		const ticks = axisTicks([at('2013-01-01'), at('2015-01-01')], 1200, measure);
		expect(ticks.minor.every((tick) => new Date(tick.t).getUTCDate() === 1)).toBe(true);
		expect(labels(ticks.minor)).toContain('Jul');
		expect(labels(ticks.major)).toEqual(['2013', '2014']);
	});

	it('2 weeks at 1200 px: every day, its month above', () => {
		const ticks = axisTicks([at('2023-09-01'), at('2023-09-15')], 1200, measure);
		const gaps = ticks.minor.slice(1).map((tick, i) => tick.t - ticks.minor[i]!.t);
		expect(gaps.every((gap) => gap === DAY)).toBe(true);
		expect(labels(ticks.minor)).toContain('5');
		expect(labels(ticks.major)).toEqual(['September 2023']);
	});

	it('2 weeks across a month end: both months above, the first pinned at the left edge', () => {
		const ticks = axisTicks([at('2023-08-25'), at('2023-09-08')], 1200, measure);
		expect(ticks.major.map((tick) => tick.label)).toEqual(['August 2023', 'September 2023']);
		expect(ticks.major[0]?.x).toBe(0);
		expect(ticks.major[1]?.x).toBeCloseTo((7 / 14) * 1200, 6);
	});

	it('places each tick where the linear scale puts its instant', () => {
		const domain: Domain = [at('2013-01-01'), at('2015-01-01')];
		const { minor } = axisTicks(domain, 1000, measure);
		for (const tick of minor)
			expect(tick.x).toBeCloseTo(((tick.t - domain[0]) / (domain[1] - domain[0])) * 1000, 6);
	});
});

describe('stepped day ticks near a month end', () => {
	it.each([
		['every 2 days', 2, 20],
		['every week', 7, 5],
		['every fortnight', 14, 3.6]
	])(
		'%s: never fewer than the step between ticks, and every 1st is a tick',
		(_, step, pxPerDay) => {
			const domain: Domain = [at('2023-01-10'), at('2023-01-10') + (1200 / pxPerDay) * DAY];
			const { minor } = axisTicks(domain, 1200, measure);
			const gaps = minor.slice(1).map((tick, i) => (tick.t - minor[i]!.t) / DAY);
			expect(Math.min(...gaps)).toBe(step);
			expect(Math.max(...gaps)).toBeLessThanOrEqual(step + 3);
			const firsts = minor.filter((tick) => new Date(tick.t).getUTCDate() === 1);
			expect(firsts.length).toBeGreaterThan(0);
		}
	);
});

describe('axisTicks never lets labels collide or leave the axis', () => {
	it.each<[string, Domain, number]>([
		['the dataset at a phone’s width', [at('1947-01-01'), at('2023-09-06')], 320],
		['the dataset at a desktop width', [at('1947-01-01'), at('2023-09-06')], 1200],
		['a February in a common year', [at('2023-01-20'), at('2023-03-20')], 1200],
		['a February in a leap year', [at('2024-01-20'), at('2024-03-20')], 1200],
		['the closest zoom', [at('2023-09-04'), at('2023-09-07')], 300],
		['BCE years, wider than "8888"', [utcMillis(-3000), utcMillis(-2900)], 700],
		['across 1 BCE into 1 CE', [utcMillis(-100), utcMillis(100)], 800],
		['the first century', [utcMillis(40), utcMillis(60)], 800],
		['five millennia, too long for any level', [utcMillis(-3000), utcMillis(2000)], 200]
	])('%s', (_, domain, width) => {
		expect(axisProblems(axisTicks(domain, width, measure), width, measure)).toEqual([]);
	});

	it('on 3,000 seeded random views from 3000 BCE to 2030, 3 days to 5,000 years wide', () => {
		const random = seededRandom(2023);
		const found: string[] = [];
		for (let i = 0; i < 3000 && found.length === 0; i++) {
			const start = utcMillis(-3000) + random() * (utcMillis(2030) - utcMillis(-3000));
			const length = Math.exp(Math.log(3 * DAY) + random() * Math.log((5000 * 365) / 3));
			const width = 200 + Math.floor(random() * 1600);
			const domain: Domain = [start, start + length];
			for (const problem of axisProblems(axisTicks(domain, width, measure), width, measure)) {
				found.push(
					`${new Date(start).toISOString()} +${Math.round(length / DAY)}d @${width}px: ${problem}`
				);
			}
		}
		expect(found).toEqual([]);
	});
});

describe('BCE year labels, wider than "8888"', () => {
	it('pick a level coarse enough that none is dropped between the edges', () => {
		const { minor } = axisTicks([utcMillis(-3000), utcMillis(1200)], 1727, measure);
		const interior = minor.slice(1, -1);
		expect(interior.filter((tick) => tick.label === '')).toEqual([]);
		expect(interior.map((tick) => tick.label)).toContain('1000 BCE');
	});

	it('fall on round BCE numbers, not on astronomical multiples such as 411 BCE', () => {
		const { minor } = axisTicks([utcMillis(-420), utcMillis(-320)], 900, measure);
		const labels = minor.map((tick) => tick.label).filter(Boolean);
		expect(labels.length).toBeGreaterThan(3);
		for (const label of labels) expect(Number(label.replace(' BCE', '')) % 10).toBe(0);
	});
});

describe('tickFormatter', () => {
	const format = tickFormatter('en-GB');
	it.each([
		['a day shows its date', format.minor(at('2023-09-05'), 'day'), '5'],
		['a month shows its short name', format.minor(at('2013-07-01'), 'month'), 'Jul'],
		['a year shows its number', format.minor(at('1948-01-01'), 'year'), '1948'],
		['year 0 is 1 BCE', format.minor(utcMillis(0), 'year'), '1 BCE'],
		['year 50 is not 1950', format.minor(utcMillis(50), 'year'), '50'],
		[
			'a month above days names its year',
			format.major(at('2023-09-01'), 'month'),
			'September 2023'
		],
		['a decade above years', format.major(at('1950-01-01'), 'decade'), '1950s'],
		['a BCE decade is a BCE year', format.major(utcMillis(-40), 'decade'), '41 BCE'],
		[
			'midnight on 1 January is still that year in any time zone',
			format.major(at('2014-01-01'), 'year'),
			'2014'
		]
	])('%s', (_, actual, expected) => {
		expect(actual).toBe(expected);
	});

	it('writes a day in the locale’s digits, as its months and years', () => {
		const egyptian = tickFormatter('ar-EG');
		expect(egyptian.minor(at('2023-09-05'), 'day')).toBe('٥');
		expect(egyptian.minor(at('2023-09-25'), 'day')).toBe('٢٥');
		expect(egyptian.minor(at('1948-01-01'), 'year')).toBe('١٩٤٨');
	});
});
