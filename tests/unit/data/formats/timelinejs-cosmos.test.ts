import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../../src/lib/data/validate';
import { formatWhen } from '../../../../src/lib/time/format';
import { parsePartialDate } from '../../../../src/lib/time/partial-date';
import { datasetOf, importFixture, importJson, problemsOf } from '../../../support/import';

const dataset = datasetOf(importFixture('cosmos-timelinejs.json'));

describe('TimelineJS JSON: a cosmological timeline', () => {
	it('imports every event, deep years beside CE days, and passes validation', () => {
		expect(problemsOf(importFixture('cosmos-timelinejs.json'))).toEqual([
			'8 events had no id and got one made from the headline: "the-big-bang", "the-earth-forms", "first-life", …'
		]);
		const result = validateDataset(dataset);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('keeps each year, one nearer zero as BCE years are, and the days of the Moon landing', () => {
		expect(dataset.events.map((event) => [event.start, event.end])).toEqual([
			['-13799999999', undefined],
			['-4539999999', undefined],
			['-3699999999', undefined],
			['-65999999', undefined],
			['-299999', undefined],
			['-3399', undefined],
			['1969-07-20', '1969-07-21'],
			['1969-07-24', undefined]
		]);
	});

	it('dates each event as TimelineJS shows it, in years ago, BCE and CE', () => {
		const when = dataset.events.map((event) =>
			formatWhen(
				parsePartialDate(event.start),
				event.end === undefined ? undefined : parsePartialDate(event.end)
			).replace(/\s*–\s*/u, '–')
		);
		expect(when).toEqual([
			'13.8 billion years ago',
			'4.54 billion years ago',
			'3.7 billion years ago',
			'66 million years ago',
			'300,000 BCE',
			'3400 BCE',
			'20–21 July 1969',
			'24 July 1969'
		]);
	});

	it('keeps only the year of a deep-time date that gives a month, and says so', () => {
		const result = importJson({
			events: [{ start_date: { year: -4540000000, month: 3, day: 1 }, text: { headline: 'Earth' } }]
		});
		expect(datasetOf(result).events[0]?.start).toBe('-4539999999');
		expect(problemsOf(result)).toContain(
			'1 date gave a month or day for a year beyond ±271,820, where a date is a year alone; only the year is kept: events[0]'
		);
	});
});
