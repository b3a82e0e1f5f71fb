import { describe, expect, it } from 'vitest';
import type { Domain } from '../../../src/lib/scale/zoom';
import { readViewParams, viewSearch } from '../../../src/lib/url/view-params';
import { YEAR_MS, yearStart } from '../../../src/lib/time/years';

/** A cosmological timeline's whole view: the Big Bang to the Moon landing. */
const full: Domain = [yearStart(-14_200_000_000), Date.UTC(1970, 0, 1)];
const search = (domain: Domain) => viewSearch('', { domain, full, event: null });

describe('views beyond Date’s years in the address', () => {
	it.each<[string, Domain, string]>([
		[
			'billions of years ago, as astronomical years',
			[yearStart(-13_800_000_000), yearStart(-4_000_000_000)],
			'?from=-13800000000&to=-4000000000'
		],
		[
			'a view from deep time to a common-era day, both ends as years',
			[yearStart(-299_999), Date.UTC(1969, 6, 20, 12)],
			'?from=-299999&to=1970'
		],
		[
			'an end inside a year is widened to the next',
			[yearStart(-66e6) + YEAR_MS / 3, yearStart(-65e6) + YEAR_MS / 3],
			'?from=-66000000&to=-64999999'
		],
		[
			'less than a year in deep time becomes that year',
			[yearStart(-4e9) + 1e9, yearStart(-4e9) + 2e9],
			'?from=-4000000000&to=-3999999999'
		],
		[
			'a view inside the calendar keeps its ISO days',
			[Date.UTC(1969, 6, 1), Date.UTC(1969, 7, 31)],
			'?from=1969-07-01&to=1969-08-31'
		]
	])('%s', (_, domain, expected) => {
		expect(search(domain)).toBe(expected);
	});

	it.each([
		'?from=-13800000000&to=-4000000000',
		'?from=-299999&to=1970',
		'?from=-999999999999&to=999999999999',
		'?from=-271821&to=-271820'
	])('%s reads back and writes unchanged', (address) => {
		const { domain } = readViewParams(address);
		expect(domain).toBeDefined();
		expect(search(domain!)).toBe(address);
	});

	it('reads a year in the address as its first instant', () => {
		expect(readViewParams('?from=-13800000000&to=1948').domain).toEqual([
			yearStart(-13_800_000_000),
			Date.UTC(1948, 0, 1)
		]);
	});

	it.each([
		['thirteen digits', '?from=-1000000000000&to=0'],
		['a reversed span of years', '?from=-4000000000&to=-13800000000'],
		['a fractional year', '?from=-4.5&to=0']
	])('names %s as unreadable', (_, address) => {
		const params = readViewParams(address);
		expect(params.domain).toBeUndefined();
		expect(params.unreadable).toBeDefined();
	});
});
