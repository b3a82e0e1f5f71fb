import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../../src/lib/data/validate';
import { datasetOf, importFixture, importText, problemsOf } from '../../../support/import';

const fixture = importFixture('timeline.csv', { name: 'Conflict', language: 'en-GB' });
const dataset = datasetOf(fixture);
const HEADER = 'id,start,title,summary';

describe('this timeline’s CSV: the fixture', () => {
	it('is told from its header and passes validation', () => {
		expect(fixture.ok && fixture.format).toBe('dataset-csv');
		const result = validateDataset(dataset);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('takes the title and language it is given', () => {
		expect(dataset).toMatchObject({ title: 'Conflict', language: 'en-GB' });
	});

	it('reads a row as an event with its fields as written', () => {
		expect(dataset.events[1]).toEqual({
			id: 'six-day-war',
			start: '1967-06-05',
			end: '1967-06-10',
			title: 'Six-Day War',
			summary: 'Israel fights Egypt; Jordan and Syria.',
			category: 'war-and-violence',
			actors: ['israel', 'egypt', 'jordan', 'syria'],
			importance: 1,
			sources: [
				{ title: 'Six-Day War', url: 'https://example.org/1967', publisher: 'Example Encyclopedia' }
			]
		});
	});

	it('keeps the paragraphs of a description cell', () => {
		expect(dataset.events[0]?.description).toBe(
			'It recommends two states.\n\nJerusalem is to be under an international regime.'
		);
	});

	it('adds a row of only source cells to the event above as another source', () => {
		expect(dataset.events[0]?.sources?.map((s) => s.url)).toEqual([
			'https://example.org/181',
			'https://example.org/181-notes'
		]);
	});

	it('makes categories and actors from the names, with slug ids', () => {
		expect(dataset.categories?.[0]).toEqual({
			id: 'un-and-international-law',
			label: 'UN and international law'
		});
		expect(dataset.actors?.map((a) => a.id)).toEqual([
			'united-nations',
			'israel',
			'egypt',
			'jordan',
			'syria',
			'plo',
			'united-states'
		]);
	});

	it('leaves out a row with an invalid date, and fills in a missing importance and publisher', () => {
		expect(dataset.events.map((e) => e.id)).not.toContain('oslo-ii');
		expect(dataset.events[2]).toMatchObject({
			id: 'us-led-talks',
			importance: 2,
			sources: [
				{ title: 'example.org', url: 'https://example.org/talks', publisher: 'example.org' }
			]
		});
		expect(problemsOf(fixture)).toEqual([
			'Left out 1 of 4 events:',
			'row 5 "oslo-ii": start "1995-13-28" is not a valid date (write YYYY, YYYY-MM or YYYY-MM-DD; -0043 is 44 BCE)',
			'1 row gave no importance and was set to 2 (notable): row 6',
			"1 source had no title or publisher; the address's host stands in: example.org"
		]);
	});
});

describe('this timeline’s CSV: edge cases', () => {
	it.each([
		[
			'importance 4',
			`${HEADER},importance\na,1948,A,S,4`,
			'row 2 "a": importance must be 1, 2 or 3 (1 = headline, 2 = notable, 3 = detail)'
		],
		[
			'an end before the start',
			`${HEADER},end\na,1948,A,S,1947`,
			'row 2 "a": end "1947" is before start "1948"'
		],
		[
			'a javascript: source',
			`${HEADER},source_url\na,1948,A,S,javascript:alert(1)`,
			'row 2 "a": sources[0].url "javascript:alert(1)" must be an http: or https: URL (use an http: or https: address)'
		],
		['an empty title', `${HEADER}\na,1948,,S`, 'row 2 "a": title must not be empty']
	])('names the row, the id, the field and the reason of %s', (_, csv, problem) => {
		const result = importText(`${csv}\nb,1949,B,S`);
		expect(problemsOf(result)).toContain(problem);
	});

	it('keeps a second row with the same id under a numbered id, with a warning', () => {
		const result = importText(`${HEADER}\na,1948,A,S\na,1949,B,S`);
		expect(datasetOf(result).events.map((e) => e.id)).toEqual(['a', 'a-2']);
		expect(problemsOf(result)).toContain('row 3: id "a" duplicates row 2; this event is now "a-2"');
	});

	it('makes an id from the title when the id cell is empty', () => {
		const result = importText(`${HEADER}\n,1948,First truce,S`);
		expect(datasetOf(result).events[0]?.id).toBe('first-truce');
	});
});
