import { describe, expect, it } from 'vitest';
import {
	dateProblem,
	daysInMonth,
	parsePartialDate,
	type PartialDate
} from '../../../src/lib/time/partial-date';

const DEEP_MONTH = 'has a month, but beyond year ±271,820 a date is a year alone';

describe('parsePartialDate', () => {
	it.each<[string, string, PartialDate]>([
		['year precision', '1948', { year: 1948, precision: 'year' }],
		['month precision', '2013-07', { year: 2013, month: 7, precision: 'month' }],
		['day precision', '2023-09-05', { year: 2023, month: 9, day: 5, precision: 'day' }],
		['BCE year: "-0043" is 44 BCE', '-0043', { year: -43, precision: 'year' }],
		['year zero is 1 BCE, not an error', '0000', { year: 0, precision: 'year' }],
		[
			'BCE day keeps its month and day',
			'-0043-03-15',
			{ year: -43, month: 3, day: 15, precision: 'day' }
		],
		['first century is not read as 19xx', '0050', { year: 50, precision: 'year' }],
		['expanded six-digit year', '123456', { year: 123456, precision: 'year' }],
		['a year past what a Date can hold', '300000', { year: 300000, precision: 'year' }],
		['Homo sapiens: 300,000 BCE', '-299999', { year: -299999, precision: 'year' }],
		['the Big Bang, eleven digits', '-13799999999', { year: -13799999999, precision: 'year' }],
		['twelve digits, the most', '-999999999999', { year: -999999999999, precision: 'year' }],
		[
			'a day next to the limit',
			'-271820-01-01',
			{ year: -271820, month: 1, day: 1, precision: 'day' }
		],
		[
			'29 February in a leap year',
			'2000-02-29',
			{ year: 2000, month: 2, day: 29, precision: 'day' }
		],
		[
			'29 February in a year divisible by 4',
			'2024-02-29',
			{ year: 2024, month: 2, day: 29, precision: 'day' }
		],
		[
			'last day of a 31-day month',
			'1995-12-31',
			{ year: 1995, month: 12, day: 31, precision: 'day' }
		]
	])('%s: %s', (_, text, expected) => {
		expect(parsePartialDate(text)).toStrictEqual(expected);
	});

	it.each([
		['month 13', '1995-13-28', 'is not a valid date'],
		['month 00', '1995-00', 'is not a valid date'],
		['day 00', '1995-01-00', 'is not a valid date'],
		['30 February', '2014-02-30', 'is not a valid date'],
		['31 April', '2014-04-31', 'is not a valid date'],
		['29 February in a century year that is not a leap year', '1900-02-29', 'is not a valid date'],
		['29 February in a common year', '2023-02-29', 'is not a valid date'],
		['negative zero year', '-0000', 'is not a valid date'],
		['a month past the year Date can hold', '300000-05', DEEP_MONTH],
		['a BCE day past the year Date can hold', '-300000-05-01', DEEP_MONTH],
		['a month one year past the limit', '-271821-12', DEEP_MONTH],
		['unpadded month and day', '2023-9-5', 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['two-digit year', '48', 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['empty string', '', 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['letters', 'abc', 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['slashes', '2023/09/05', 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['a time of day', '2023-09-05T10:00', 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['surrounding space', ' 1948', 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
		[
			'thirteen-digit year',
			'1234567890123',
			'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'
		]
	])('rejects %s: %j', (_, text, problem) => {
		expect(dateProblem(text)).toBe(problem);
		expect(() => parsePartialDate(text)).toThrow(new RangeError(`"${text}" ${problem}`));
	});

	it.each(['1948', '2013-07', '2023-09-05', '-0043', '0000', '2000-02-29'])(
		'dateProblem accepts %j',
		(text) => {
			expect(dateProblem(text)).toBeNull();
		}
	);
});

describe('daysInMonth', () => {
	it.each([
		['February of a leap year', 2000, 2, 29],
		['February of a century common year', 1900, 2, 28],
		['February of year 0 (1 BCE, a leap year)', 0, 2, 29],
		['February of 44 BCE (year -43, common)', -43, 2, 28],
		['February of 5 BCE (year -4, leap)', -4, 2, 29],
		['a 30-day month', 2023, 4, 30],
		['a 31-day month', 2023, 12, 31]
	])('%s', (_, year, month, days) => {
		expect(daysInMonth(year, month)).toBe(days);
	});
});
