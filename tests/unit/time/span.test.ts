import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/lib/time/partial-date';
import {
	comparePartialDates,
	endsBeforeStart,
	spanEnd,
	spanStart
} from '../../../src/lib/time/span';

const iso = (t: number) => new Date(t).toISOString();

describe('spanStart and spanEnd', () => {
	it.each([
		['a year-only event spans its whole year', '1948', '1948-01-01', '1949-01-01'],
		['a month spans to the 1st of the next month', '2013-07', '2013-07-01', '2013-08-01'],
		['December rolls over into the next year', '2013-12', '2013-12-01', '2014-01-01'],
		['a day spans 24 hours from UTC midnight', '2023-09-05', '2023-09-05', '2023-09-06'],
		['the last day of a month ends on the 1st', '2000-02-29', '2000-02-29', '2000-03-01'],
		['New Year’s Eve ends in the next year', '1999-12-31', '1999-12-31', '2000-01-01'],
		['year 50 CE stays in year 50, not 1950', '0050', '0050-01-01', '0051-01-01'],
		['year 99 ends in year 100, not 2000', '0099-12-31', '0099-12-31', '0100-01-01'],
		['year 0 (1 BCE) ends where year 1 CE begins', '0000', '0000-01-01', '0001-01-01'],
		['44 BCE is astronomical year -43', '-0043', '-000043-01-01', '-000042-01-01']
	])('%s: %s', (_, text, start, end) => {
		const date = parsePartialDate(text);
		expect(iso(spanStart(date))).toBe(`${start}T00:00:00.000Z`);
		expect(iso(spanEnd(date))).toBe(`${end}T00:00:00.000Z`);
	});

	it.each([
		'1948',
		'2013-07',
		'2023-09-05',
		'0050',
		'-0043',
		'271820',
		'-271820',
		'-271821',
		'-299999',
		'-13799999999',
		'999999999999'
	])('%j has a finite span with its end after its start', (text) => {
		const date = parsePartialDate(text);
		expect(Number.isFinite(spanStart(date))).toBe(true);
		expect(Number.isFinite(spanEnd(date))).toBe(true);
		expect(spanEnd(date)).toBeGreaterThan(spanStart(date));
	});
});

describe('comparePartialDates', () => {
	const ordered = [
		'-13799999999',
		'-4539999999',
		'-3699999999',
		'-65999999',
		'-299999',
		'-271820-01-01',
		'-0043',
		'0000',
		'0050',
		'1947',
		'1947-11',
		'1947-11-29',
		'1947-11-30',
		'1947-12',
		'1948',
		'2013',
		'2013-01',
		'2013-01-01',
		'2013-07',
		'2014-04',
		'2023-09-05',
		'5000000000'
	];

	it('sorts BCE before CE and, at the same instant, the coarser date first', () => {
		const shuffled = [...ordered].reverse();
		shuffled.push(shuffled.shift() as string);
		expect(
			shuffled
				.map((text) => ({ text, date: parsePartialDate(text) }))
				.sort((a, b) => comparePartialDates(a.date, b.date))
				.map((item) => item.text)
		).toEqual(ordered);
	});

	it.each([
		['year before its own first month', '2013', '2013-01', -1],
		['month before its own first day', '2013-01', '2013-01-01', -1],
		['a later day inside a coarser year comes after it', '1947-11-29', '1947', 1],
		['the same date compares equal', '2023-09-05', '2023-09-05', 0],
		['1 BCE before 1 CE', '0000', '0001', -1],
		['the Big Bang before a day in 1969', '-13799999999', '1969-07-20', -1],
		['a deep year before the first day Date holds', '-271821', '-271820-01-01', -1]
	])('%s', (_, a, b, sign) => {
		expect(Math.sign(comparePartialDates(parsePartialDate(a), parsePartialDate(b)))).toBe(sign);
		expect(Math.sign(comparePartialDates(parsePartialDate(b), parsePartialDate(a)))).toBe(
			-sign || 0
		);
	});
});

describe('endsBeforeStart', () => {
	it.each([
		['an end the day before', '1995-09-28', '1995-09-27', true],
		['an end on the start day', '1995-09-28', '1995-09-28', false],
		['a month end containing a day start', '1995-09-28', '1995-09', false],
		['a month end before a day start', '1995-09-28', '1995-08', true],
		['a year end containing a month start', '2013-07', '2013', false],
		['a BCE end before a BCE start', '-0043', '-0044', true],
		['a deep end before a deep start', '-4539999999', '-13799999999', true],
		['a CE day end after a deep start', '-13799999999', '1969-07-20', false]
	])('%s', (_, start, end, before) => {
		expect(endsBeforeStart(parsePartialDate(start), parsePartialDate(end))).toBe(before);
	});
});
