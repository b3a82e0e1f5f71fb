import { describe, expect, it } from 'vitest';
import {
	DATE_YEARS,
	utcMillis,
	yearAt,
	yearBefore,
	yearStart,
	YEAR_MS
} from '../../../src/lib/time/years';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

describe('utcMillis', () => {
	it.each([
		['Date.UTC would map year 5 to 1905', 5, 1, 1, '0005-01-01'],
		['Date.UTC would map year 99 to 1999', 99, 12, 31, '0099-12-31'],
		['a common-era date is unaffected', 1947, 11, 29, '1947-11-29']
	])('%s', (_, year, month, day, expected) => {
		expect(iso(utcMillis(year, month, day))).toBe(`${expected}T00:00:00.000Z`);
	});
});

describe('yearStart reaches beyond Date', () => {
	it.each([
		['1948, as Date has it', 1948],
		['44 BCE, as Date has it', -43],
		['the last year inside the limit', DATE_YEARS]
	])('%s', (_, year) => {
		expect(yearStart(year)).toBe(utcMillis(year));
	});

	it('agrees with Date for the years just past the limit that Date still holds', () => {
		for (const year of [DATE_YEARS + 1, 272_000, 275_000, 275_759]) {
			expect(yearStart(year)).toBe(utcMillis(year));
		}
	});

	it.each([
		['the first year past the limit, BCE side', -DATE_YEARS - 1],
		['the first year past the limit, CE side', DATE_YEARS + 1],
		['Homo sapiens, 300,000 BCE', -299_999],
		['the dinosaurs’ end', -65_999_999],
		['the Big Bang', -13_799_999_999],
		['the largest year a date may have', 999_999_999_999]
	])('%s: a year is 365 or 366 days long', (_, year) => {
		const length = (yearStart(year + 1) - yearStart(year)) / DAY;
		// Far out, instants are rounded to a minute or two: compare to the day.
		expect([365, 366]).toContain(Math.round(length));
	});

	it('steps exactly 146,097 days per 400 years, the Gregorian cycle', () => {
		expect(yearStart(-1_000_000) - yearStart(-1_000_400)).toBe(146_097 * DAY);
	});

	it('puts the Big Bang 13.8 billion mean years before the era', () => {
		expect(yearStart(-13_799_999_999) / YEAR_MS).toBeCloseTo(-13_800_001_970, -1);
	});
});

describe('yearAt is the inverse of yearStart', () => {
	it.each([
		1969,
		1,
		0,
		-43,
		DATE_YEARS,
		-DATE_YEARS,
		-DATE_YEARS - 1,
		DATE_YEARS + 1,
		-299_999,
		-65_999_999,
		-4_539_999_999,
		-13_799_999_999,
		5_000_000_000,
		-999_999_999_999
	])('year %d: its first instant, and the instant before it', (year) => {
		expect(yearAt(yearStart(year))).toBe(year);
		expect(yearBefore(yearStart(year))).toBe(year - 1);
		const middle = (yearStart(year) + yearStart(year + 1)) / 2;
		expect(yearAt(middle)).toBe(year);
	});
});
