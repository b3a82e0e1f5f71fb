import { describe, expect, it } from 'vitest';
import { readTimelineJsDate } from '../../../../src/lib/data/formats/timelinejs-date';

const FIELDS = { year: 'start_date.year', month: 'start_date.month', day: 'start_date.day' };
const read = (value: unknown) => readTimelineJsDate(value, FIELDS);
const dateOf = (value: unknown) => {
	const result = read(value);
	return result.ok === true ? result.date : result;
};

describe('readTimelineJsDate turns TimelineJS dates into ours, at their precision', () => {
	it.each([
		['an integer year', { year: 1948 }, '1948'],
		['a string year', { year: '1948' }, '1948'],
		['a string year with spaces', { year: ' 1948 ' }, '1948'],
		['a year grouped by a spreadsheet', { year: '1,948' }, '1948'],
		['a year and a month', { year: 2013, month: 7 }, '2013-07'],
		['string month and day', { year: '2023', month: '09', day: '5' }, '2023-09-05'],
		['a year of the first century, padded', { year: 79, month: 8, day: 24 }, '0079-08-24'],
		['-44, which TimelineJS shows as 44 BCE', { year: -44, month: 3, day: 15 }, '-0043-03-15'],
		['-1, shown as 1 BCE, as year 0000', { year: '-1' }, '0000'],
		['a BCE year of six digits', { year: -200000 }, '-199999'],
		['the earliest year a Date can hold', { year: -271821 }, '-271820'],
		['Homo sapiens, beyond what a Date can hold', { year: -300000 }, '-299999'],
		['the Big Bang', { year: -13800000000 }, '-13799999999'],
		['the Big Bang as a spreadsheet groups it', { year: '-13,800,000,000' }, '-13799999999'],
		['a far future year', { year: '300000' }, '300000'],
		['the earliest year that can be shown', { year: -1e12 }, '-999999999999'],
		['29 February in a leap year', { year: 2000, month: 2, day: 29 }, '2000-02-29'],
		['empty month and day cells', { year: 1948, month: '', day: '' }, '1948'],
		['a string as TimelineJS also takes', '1948-05-14', '1948-05-14'],
		['a negative string year', '-500', '-0499']
	])('%s', (_, value, expected) => {
		expect(dateOf(value)).toBe(expected);
	});
});

describe('readTimelineJsDate drops what our dates cannot hold, and says so', () => {
	it('drops an hour and a minute, keeping the day', () => {
		expect(read({ year: 1969, month: 7, day: 20, hour: 20, minute: 17 })).toMatchObject({
			ok: true,
			date: '1969-07-20',
			hasTime: true
		});
	});

	it('drops a month and day given with a year beyond ±271,820, keeping the year', () => {
		expect(read({ year: -4540000000, month: 3, day: 1 })).toMatchObject({
			ok: true,
			date: '-4539999999',
			droppedMonth: true,
			droppedDay: false
		});
	});

	it('keeps a deep-time year given alone free of the dropped flags', () => {
		expect(read({ year: -66000000, month: '', day: '' })).toMatchObject({
			ok: true,
			date: '-65999999',
			droppedMonth: false,
			droppedDay: false
		});
	});

	it('keeps a date without a time free of the time flag', () => {
		expect(read({ year: 1969, hour: '' })).toMatchObject({ ok: true, hasTime: false });
	});

	it('drops a day given without a month', () => {
		expect(read({ year: 1969, day: 20 })).toMatchObject({
			ok: true,
			date: '1969',
			droppedDay: true
		});
	});

	it('passes the date’s own display_date on', () => {
		expect(read({ year: 1500, display_date: 'c. 1500' })).toMatchObject({ display: 'c. 1500' });
	});

	it.each([
		['no part at all', {}, 'empty'],
		['only empty cells', { year: '', month: '', day: '' }, 'empty'],
		['a month but no year', { month: 5 }, 'no-year'],
		['a time but no year', { time: '10:00' }, 'no-year']
	])('tells %s apart', (_, value, ok) => {
		expect(read(value)).toEqual({ ok });
	});
});

describe('readTimelineJsDate names the field, the reason and a fix', () => {
	it.each([
		[
			'a year past a trillion BCE',
			{ year: -1000000000001 },
			{
				field: 'start_date.year',
				reason: '-1000000000001 is out of range',
				hint: 'years from -1,000,000,000,000 to 999,999,999,999 can be shown'
			}
		],
		[
			'a far future year of thirteen digits',
			{ year: '1000000000000' },
			{ field: 'start_date.year', reason: '1000000000000 is out of range' }
		],
		[
			'a year in words',
			{ year: 'nineteen' },
			{
				field: 'start_date.year',
				reason: '"nineteen" is not a whole number',
				hint: 'write the year in digits; -500 is 500 BCE'
			}
		],
		[
			'a fractional year',
			{ year: 1948.5 },
			{ field: 'start_date.year', reason: '1948.5 is not a whole number' }
		],
		[
			'month 13',
			{ year: 1995, month: 13 },
			{ field: 'start_date.month', reason: '13 is not a month', hint: 'use 1 to 12' }
		],
		[
			'30 February',
			{ year: 2014, month: '2', day: '30' },
			{ field: 'start_date.day', reason: '"30" is not a day of 2014-02', hint: 'use 1 to 28' }
		],
		[
			'a string that is no date',
			'14 May 1948',
			{ field: 'start_date', reason: '"14 May 1948" is not a date' }
		],
		['a list', [1948], { field: 'start_date', reason: '1948 is not a date' }]
	])('%s', (_, value, problem) => {
		const result = read(value);
		expect(result.ok).toBe(false);
		expect(result.ok === false && result.problem).toMatchObject(problem);
	});
});
