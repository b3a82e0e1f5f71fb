import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../../src/lib/data/validate';
import {
	datasetOf,
	errorsOf,
	importFixture,
	importText,
	problemsOf
} from '../../../support/import';

const fixture = importFixture('dates-and-events.csv');
const dataset = datasetOf(fixture);

describe('a plain CSV with a date and a title column', () => {
	it('is read when its columns are plain, and passes validation', () => {
		expect(fixture.ok && fixture.format).toBe('plain-csv');
		const result = validateDataset(dataset);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('reads year-first dates with dashes or slashes, dropping a time', () => {
		expect(dataset.events.map((e) => e.start)).toEqual(['1948-05-14', '1967-06-05', '2023-09-05']);
		expect(problemsOf(fixture)).toContain(
			'1 date gave a time of day, which this timeline does not show; the day is kept: row 5'
		);
	});

	it('reads deep-time years of up to 12 digits beside days, and refuses a month with one', () => {
		const result = importText(
			'date,title\n-13799999999,Big Bang\n-300000-05,Too fine\n1969-07-20,Moon landing'
		);
		expect(datasetOf(result).events.map((e) => e.start)).toEqual(['-13799999999', '1969-07-20']);
		expect(problemsOf(result).join('\n')).toContain('beyond year ±271,820 a date is a year alone');
	});

	it('leaves out a date written day first, which could be read two ways', () => {
		expect(problemsOf(fixture)).toContain(
			'row 4: When "5/9/2023" is not a date written year first (write 2023-09-05, 2023-09 or 2023)'
		);
	});

	it('summarises from the notes column and keeps an http: link only', () => {
		expect(dataset.events[0]).toMatchObject({
			summary: 'Read in Tel Aviv. The state is declared.',
			category: 'politics',
			links: [{ title: 'example.org', url: 'https://example.org/1948' }]
		});
		expect(dataset.events[2]?.links).toBeUndefined();
	});

	it('builds a date from Year, Month and Day columns', () => {
		const result = importText('Year,Month,Day,Name\n1948,5,14,A\n1949,,3,B\n1950,2,,C');
		expect(datasetOf(result).events.map((e) => e.start)).toEqual(['1948-05-14', '1949', '1950-02']);
	});

	it.each([
		[
			'no date column',
			'Name,Notes\nA,B',
			'the CSV\'s columns are "Name", "Notes": no column is clearly the date'
		],
		[
			'two date columns',
			'Date,Start,Title\n1948,1948,A',
			'the CSV\'s columns are "Date", "Start", "Title": several columns could be the date ("Date", "Start")'
		],
		[
			'no title column',
			'Date,Notes\n1948,B',
			'the CSV\'s columns are "Date", "Notes": no column is clearly the title'
		],
		[
			'neither',
			'A,B\n1,2',
			'the CSV\'s columns are "A", "B": no column is clearly the date and no column is clearly the title'
		]
	])('is refused, naming the columns it found, with %s', (_, csv, start) => {
		const [error] = errorsOf(importText(csv));
		expect(error?.startsWith(start)).toBe(true);
		expect(error).toMatch(/\(name one column "date" and one "title"/);
	});

	it('refuses a header without rows', () => {
		expect(errorsOf(importText('Date,Title\n'))).toEqual([
			'the CSV has a header row but no rows below it'
		]);
	});
});
