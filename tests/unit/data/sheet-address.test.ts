import { describe, expect, it } from 'vitest';
import { sheetCsvAddress } from '../../../src/lib/data/sheet-address';

describe('sheetCsvAddress', () => {
	it.each([
		[
			'a sheet published to the web',
			'https://docs.google.com/spreadsheets/d/e/2PACX-1vT_abc-123/pubhtml',
			'https://docs.google.com/spreadsheets/d/e/2PACX-1vT_abc-123/pub?single=true&output=csv'
		],
		[
			'a published sheet with a tab',
			'https://docs.google.com/spreadsheets/d/e/2PACX-1vT_abc/pubhtml?gid=42&single=true',
			'https://docs.google.com/spreadsheets/d/e/2PACX-1vT_abc/pub?gid=42&single=true&output=csv'
		],
		[
			'an editor link with its tab in the hash',
			'https://docs.google.com/spreadsheets/d/1xYz_AbC-9/edit#gid=1234',
			'https://docs.google.com/spreadsheets/d/1xYz_AbC-9/export?format=csv&gid=1234'
		],
		[
			'an editor link without a tab',
			'https://docs.google.com/spreadsheets/d/1xYz/edit',
			'https://docs.google.com/spreadsheets/d/1xYz/export?format=csv&gid=0'
		],
		[
			'another site',
			'https://example.org/spreadsheets/d/1xYz/edit',
			'https://example.org/spreadsheets/d/1xYz/edit'
		],
		[
			'a Google document',
			'https://docs.google.com/document/d/1xYz/edit',
			'https://docs.google.com/document/d/1xYz/edit'
		],
		['not an address', 'timeline.json', 'timeline.json']
	])('%s', (_, address, expected) => {
		expect(sheetCsvAddress(address)).toBe(expected);
	});
});
