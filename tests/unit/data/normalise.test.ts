import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../src/lib/data/palette';
import { SHAPES } from '../../../src/lib/data/shapes';
import type { Timeline } from '../../../src/lib/data/types';
import { loadTimeline } from '../../../src/lib/data/validate';
import { fixture, rawDataset, rawEvent } from '../../support/dataset';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const timeline: Timeline = loadTimeline(fixture('valid-minimal.json'));
const byId = (id: string) => timeline.events.find((event) => event.id === id);

describe('normalised events', () => {
	it('are sorted by start; at one start the longer first; same span keeps file order', () => {
		expect(timeline.events.map((event) => event.id)).toEqual([
			'refugee-flight',
			'palestine-question',
			'un-partition-plan',
			'six-day-war',
			'us-led-talks',
			'blinken-netanyahu-call',
			'blinken-abbas-call'
		]);
	});

	it('carry their position in the sorted list as index', () => {
		expect(timeline.events.map((event) => event.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it.each([
		['a year range ends after its last year', 'refugee-flight', '1947-01-01', '1950-01-01', true],
		['a year-only event covers its year', 'palestine-question', '1947-01-01', '1948-01-01', false],
		['a day event covers its day', 'un-partition-plan', '1947-11-29', '1947-11-30', false],
		['a day range ends after its last day', 'six-day-war', '1967-06-05', '1967-06-11', true],
		['a month range ends after its last month', 'us-led-talks', '2013-07-01', '2014-05-01', true]
	])('%s: %s', (_, id, t0, t1, isRange) => {
		const event = byId(id);
		expect(event).toMatchObject({ t0: at(t0), t1: at(t1), isRange });
		expect(event?.endDate !== undefined).toBe(isRange);
	});

	it('keep the parsed start date with its precision', () => {
		expect(byId('us-led-talks')?.startDate).toEqual({ year: 2013, month: 7, precision: 'month' });
		expect(byId('us-led-talks')?.endDate).toEqual({ year: 2014, month: 4, precision: 'month' });
	});

	it('trim surrounding space from text fields', () => {
		const data = rawDataset([rawEvent('a', '1948', { title: '  Padded title \n' })]);
		expect(loadTimeline(data).events[0]?.title).toBe('Padded title');
	});
});

describe('normalised dataset', () => {
	it('spans from the first instant of any event to the end of the last', () => {
		expect(timeline.extent).toEqual([at('1947-01-01'), at('2023-09-06')]);
	});

	it('widens the extent to an era that outlasts every event', () => {
		const eras = [{ id: 'long-era', title: 'Long era', start: '1940', end: '2030' }];
		const data = rawDataset([rawEvent('a', '1948-05-14')], { eras });
		expect(loadTimeline(data).extent).toEqual([at('1940-01-01'), at('2031-01-01')]);
	});

	it('gives a one-day event a one-day extent', () => {
		const data = rawDataset([rawEvent('a', '1948-05-14')]);
		expect(loadTimeline(data).extent).toEqual([at('1948-05-14'), at('1948-05-15')]);
	});

	it('turns era dates into an inclusive span', () => {
		expect(timeline.eras[0]).toMatchObject({ t0: at('1947-11-29'), t1: at('1949-07-21') });
	});

	it.each([
		['keeps a category’s own colour', 0, '#d55e00'],
		['gives a category without a colour the palette colour of its position', 1, PALETTE[1]]
	])('%s', (_, i, colour) => {
		expect(timeline.categories[i]?.color).toBe(colour);
	});

	it('cycles the palette when there are more categories than colours', () => {
		const categories = Array.from({ length: PALETTE.length + 1 }, (_, i) => ({
			id: `c${i}`,
			label: `C${i}`
		}));
		const { categories: out } = loadTimeline(rawDataset([rawEvent('a', '1948')], { categories }));
		expect(out.map((category) => category.color)).toEqual([...PALETTE, PALETTE[0]]);
	});

	it('gives each category the shape of its position, cycling after the last', () => {
		const categories = Array.from({ length: SHAPES.length + 1 }, (_, i) => ({
			id: `c${i}`,
			label: `C${i}`
		}));
		const { categories: out } = loadTimeline(rawDataset([rawEvent('a', '1948')], { categories }));
		expect(out.map((category) => category.shape)).toEqual([...SHAPES, SHAPES[0]]);
	});

	it('defaults missing lists to empty ones', () => {
		const out = loadTimeline(rawDataset([rawEvent('a', '1948')]));
		expect([out.categories, out.actors, out.eras]).toEqual([[], [], []]);
	});

	it.each([
		['en-US', 'en-US'],
		['ar-EG', 'ar-EG'],
		['und', 'en-GB']
	])('writes the dates of a timeline in %s as %s', (language, locale) => {
		const out = loadTimeline({ ...rawDataset([rawEvent('a', '1948')]), language });
		expect([out.language, out.locale]).toEqual([language, locale]);
	});
});
