import { describe, expect, it } from 'vitest';
import { readTimelineJsDate } from '../../../../src/lib/data/formats/timelinejs-date';
import { timelineJs2Date } from '../../../../src/lib/data/formats/timelinejs2-date';

const FIELDS = { year: 'startDate', month: 'startDate month', day: 'startDate day' };
const read = (value: unknown) => readTimelineJsDate(timelineJs2Date(value), FIELDS);
const dateOf = (value: unknown) => {
	const result = read(value);
	return result.ok === true ? result.date : result;
};

describe('timelineJs2Date reads TimelineJS 2 dates at their precision', () => {
	it.each([
		['a year', '2011', '2011'],
		['a year and a month', '2011,12', '2011-12'],
		['a day', '2011,12,10', '2011-12-10'],
		['an unpadded month and day', '2011,1,5', '2011-01-05'],
		['parts with spaces after the commas', '2011, 12, 10', '2011-12-10'],
		['a trailing comma', '2011,', '2011'],
		['a month of 0, which TimelineJS 2 ignores', '2011,0', '2011'],
		['-500, which TimelineJS 2 shows as 500 B.C.', '-500', '-0499'],
		['a negative year with a month and day', '-44,3,15', '-0043-03-15'],
		['a year of the first century', '79,8,24', '0079-08-24'],
		['a year as a number', 1886, '1886'],
		['year first with slashes', '2011/12/10', '2011-12-10'],
		['a negative year first with slashes', '-500/3', '-0499-03'],
		['month first with slashes, as TimelineJS 2 reads them', '12/10/2011', '2011-12-10'],
		['a month and a year with a slash', '12/2011', '2011-12'],
		['an ISO date', '2011-12-10', '2011-12-10']
	])('%s', (_, value, expected) => {
		expect(dateOf(value)).toBe(expected);
	});

	it.each([
		['hours and minutes after commas', '2011,12,10,14,30'],
		['a time after a slashed date', '12/10/2011 14:30']
	])('drops %s, keeping the day, and says it did', (_, value) => {
		expect(read(value)).toMatchObject({ ok: true, date: '2011-12-10', hasTime: true });
	});

	it('ignores a time of 0,0 as TimelineJS 2 does', () => {
		expect(read('2011,12,10,0,0')).toMatchObject({ ok: true, hasTime: false });
	});

	it('gives no date for a blank one, so that a blank endDate is no end', () => {
		expect(timelineJs2Date('  ')).toBeUndefined();
	});
});

describe('timelineJs2Date leaves what is no date for the reader to refuse', () => {
	it.each([
		['words', 'around 1500', '"around 1500" is not a date'],
		[
			'a two-digit year after slashes, which TimelineJS 2 shows as year 11',
			'12/10/11',
			'"12/10/11" is not a date'
		],
		['a month name', '2011,Dec,10', '"2011,Dec,10" is not a date'],
		['too many parts', '2011,1,1,1,1,1,1', '"2011,1,1,1,1,1,1" is not a date']
	])('%s', (_, value, reason) => {
		expect(read(value)).toMatchObject({ ok: false, problem: { field: 'startDate', reason } });
	});

	it('names the part that is out of range', () => {
		expect(read('2011,13,1')).toMatchObject({
			ok: false,
			problem: { field: 'startDate month', reason: '"13" is not a month' }
		});
		expect(read('2011,2,30')).toMatchObject({
			ok: false,
			problem: { field: 'startDate day', reason: '"30" is not a day of 2011-02' }
		});
	});
});
