import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	britishDate,
	britishRange,
	englishInteger,
	writesBritishDates,
	writesEnglishNumbers
} from '../../../src/lib/i18n/english';
import { num, useNumbers } from '../../../src/lib/i18n/numbers';
import { tickFormatter } from '../../../src/lib/scale/tick-format';
import { formatPartialDate, formatPartialRange } from '../../../src/lib/time/format';
import { parsePartialDate, type PartialDate } from '../../../src/lib/time/partial-date';
import { spanStart } from '../../../src/lib/time/span';
import { formatYear } from '../../../src/lib/time/year-prose';

const OPTIONS = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
} as const;

const intl = (date: PartialDate) =>
	new Intl.DateTimeFormat('en-GB', OPTIONS[date.precision]).format(spanStart(date));
const intlRange = (start: PartialDate, end: PartialDate) =>
	new Intl.DateTimeFormat('en-GB', OPTIONS[start.precision]).formatRange(
		spanStart(start),
		spanStart(end)
	);

const p = parsePartialDate;

describe('englishInteger', () => {
	it.each([0, 7, 999, 1000, 1948, 9999, 10_000, 123_456, 1_234_567, -5, -1234, -12_345])(
		'writes %d as Intl does in English',
		(value) => {
			expect(englishInteger(value)).toBe(new Intl.NumberFormat('en').format(value));
			expect(englishInteger(value, true)).toBe(
				new Intl.NumberFormat('en', { useGrouping: 'min2' }).format(value)
			);
		}
	);

	it('leaves fractions and inexact numbers to Intl', () => {
		expect(englishInteger(1.5)).toBeUndefined();
		expect(englishInteger(2 ** 60)).toBeUndefined();
		expect(englishInteger(Number.NaN)).toBeUndefined();
	});
});

describe('British dates', () => {
	const dates = [
		'0001',
		'0044',
		'0999',
		'1947',
		'2023',
		'9999',
		'1947-11',
		'2013-07',
		'1947-11-29',
		'2023-09-05',
		'0999-01-31'
	];
	it.each(dates)('writes %s as Intl does in en-GB', (text) => {
		expect(britishDate(p(text))).toBe(intl(p(text)));
	});

	const ranges: [string, string][] = [
		['1947', '1949'],
		['1947', '1947'],
		['2013-03', '2013-07'],
		['2013-07', '2014-04'],
		['2013-07', '2013-07'],
		['1967-06-05', '1967-06-10'],
		['1947-11-30', '1947-12-14'],
		['1947-11-30', '1948-05-14'],
		['1967-06-05', '1967-06-05'],
		['0999-12-31', '1000-01-01']
	];
	it.each(ranges)('writes %s to %s as Intl does in en-GB', (start, end) => {
		expect(britishRange(p(start), p(end))).toBe(intlRange(p(start), p(end)));
	});

	it('is the path formatPartialDate and formatPartialRange take for en-GB only', () => {
		expect(writesBritishDates('en-GB')).toBe(true);
		expect(writesBritishDates('en-US')).toBe(false);
		expect(formatPartialRange(p('1967-06-05'), p('1967-06-10'), 'en-GB')).toBe(
			'5\u2009–\u200910 June 1967'
		);
		expect(formatPartialDate(p('-0043-03-15'), 'en-GB')).toBe('15 March 44 BCE');
		expect(formatPartialDate(p('-300000'), 'en-GB')).toBe('300,001 BCE');
	});
});

describe('English without Intl', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		useNumbers('en');
	});

	it('writes counts, years, dates and axis labels without making an Intl formatter', () => {
		const made = [
			vi.spyOn(Intl, 'NumberFormat'),
			vi.spyOn(Intl, 'DateTimeFormat'),
			vi.spyOn(Intl, 'RelativeTimeFormat')
		];
		useNumbers('en-US');
		expect(num(10_000)).toBe('10,000');
		expect(formatYear(-9999, 'en-GB')).toBe('10,000 BCE');
		expect(formatPartialDate(p('2023-09-05'), 'en-GB')).toBe('5 September 2023');
		const ticks = tickFormatter('en-GB');
		expect(ticks.minor(Date.UTC(2023, 8, 5), 'month')).toBe('Sept');
		expect(ticks.minor(Date.UTC(2023, 8, 5), 'day')).toBe('5');
		expect(ticks.major(Date.UTC(2023, 8, 5), 'month')).toBe('September 2023');
		for (const spy of made) expect(spy).not.toHaveBeenCalled();
	});

	it('leaves other tags to Intl', () => {
		expect(writesEnglishNumbers('en-IN')).toBe(false);
		useNumbers('ar-EG');
		expect(num(10_000)).toBe(new Intl.NumberFormat('ar-EG').format(10_000));
		useNumbers('en-IN');
		expect(num(100_000)).toBe('1,00,000');
	});
});
