import { describe, expect, it } from 'vitest';
import { formatYear, YEARS_AGO_FROM } from '../../../src/lib/time/year-prose';

describe('formatYear writes a year as a reader expects it at its distance', () => {
	it.each<[string, number, string]>([
		['the Big Bang, in billions of years ago', -13_799_999_999, '13.8 billion years ago'],
		['the Earth, three significant digits kept', -4_539_999_999, '4.54 billion years ago'],
		['first life', -3_699_999_999, '3.7 billion years ago'],
		['the dinosaurs’ end, in millions', -65_999_999, '66 million years ago'],
		['a date given to five digits stays abbreviated', -13_786_999_999, '13.787 billion years ago'],
		['a date given to the year is written in full', -66_043_209, '66,043,210 years ago'],
		['a million years before the era, the first counted back', -999_999, '1 million years ago'],
		['a year under a million BCE keeps its calendar form', -999_998, '999,999 BCE'],
		['Homo sapiens, grouped', -299_999, '300,000 BCE'],
		['ten thousand BCE, grouped', -9_999, '10,000 BCE'],
		['four-digit BCE years are not grouped', -2_999, '3000 BCE'],
		['44 BCE is astronomical -43', -43, '44 BCE'],
		['year 0 is 1 BCE', 0, '1 BCE'],
		['a common-era year is its number', 1021, '1021'],
		['the first century stays in it', 50, '50'],
		['a far-future year, grouped', 300_000, '300,000'],
		['deep future, counted forward', 5_000_000_000, 'in 5 billion years']
	])('%s: %d → %s', (_, year, expected) => {
		expect(formatYear(year)).toBe(expected);
	});

	it('starts counting back at a million years', () => {
		expect(YEARS_AGO_FROM).toBe(1_000_000);
	});
});

describe('formatYear at an axis step keeps neighbouring ticks in one form', () => {
	it.each<[string, number, number, string]>([
		['a tick every 200 million years', -4_599_999_999, 2e8, '4.6 billion years ago'],
		['a tick every thousand years near 66 million', -66_000_999, 1000, '66.001 million years ago'],
		['a round tick among unround neighbours', -65_999_999, 100, '66,000,000 years ago'],
		['its neighbour a century later', -66_000_099, 100, '66,000,100 years ago'],
		['a step coarser than the year rounds it', -13_812_345_677, 1e6, '13.812 billion years ago'],
		['rounding never falls under the threshold', -1_000_009, 1e7, '1 million years ago'],
		['BCE years stay exact whatever the step', -299_999, 1e5, '300,000 BCE']
	])('%s', (_, year, step, expected) => {
		expect(formatYear(year, 'en-GB', step)).toBe(expected);
	});
});

describe('formatYear speaks the locale', () => {
	it.each<[string, number, string, string]>([
		['German words and separators', -13_799_999_999, 'de', 'vor 13,8 Milliarden Jahren'],
		['German grouping and era name in BCE years', -299_999, 'de', '300.000 v. Chr.'],
		['American English', -65_999_999, 'en-US', '66 million years ago'],
		['an undetermined language reads as English', -65_999_999, 'und', '66 million years ago']
	])('%s', (_, year, locale, expected) => {
		expect(formatYear(year, locale)).toBe(expected);
	});
});
