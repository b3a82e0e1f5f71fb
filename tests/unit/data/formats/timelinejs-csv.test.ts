import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../../src/lib/data/validate';
import {
	datasetOf,
	errorsOf,
	importFixture,
	importText,
	problemsOf
} from '../../../support/import';

const fixture = importFixture('timelinejs-template.csv');
const dataset = datasetOf(fixture);

const HEADER = 'Year,Month,Day,Headline,Text,Type';

describe('TimelineJS spreadsheet CSV: the template fixture (BOM, CRLF, quoted line breaks)', () => {
	it('is told from its header and passes validation', () => {
		expect(fixture.ok && fixture.format).toBe('timelinejs-csv');
		const result = validateDataset(dataset);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('reads the title row as the title slide', () => {
		expect(dataset.title).toBe('Rivers of London');
		expect(dataset.description).toBe('Bridges over the Thames, from a spreadsheet.');
	});

	it('reads an era row as an era', () => {
		expect(dataset.eras).toEqual([
			{ id: 'post-war-years', title: 'Post-war years', start: '1950', end: '1960' }
		]);
	});

	it('reads each other row as an event, with paragraphs split across quoted line breaks', () => {
		expect(dataset.events.map((e) => [e.id, e.start, e.end ?? null])).toEqual([
			['old-london-bridge-finished', '1209', null],
			['tower-bridge-opens', '1894-06-30', null],
			['millennium-bridge', '2000-06-10', '2002-02-22']
		]);
		expect(dataset.events[0]).toMatchObject({
			summary: 'The stone bridge took 33 years to build.',
			description: 'It carried houses and shops.'
		});
	});

	it('reads doubled quotes inside a quoted cell as one quote', () => {
		expect(dataset.events[0]?.media?.caption).toBe('A "view" of the bridge');
		expect(dataset.events[2]?.summary).toBe(
			'Closed two days after opening because it swayed; "wobbly" no more.'
		);
	});

	it('takes Display Date, Group, Media Credit and a video as a link', () => {
		expect(dataset.events[2]).toMatchObject({
			displayDate: 'June 2000 to February 2002',
			category: 'footbridges',
			links: [{ title: 'The sway', url: 'https://www.youtube.com/watch?v=wobble' }]
		});
		expect(dataset.events[0]?.media?.credit).toBe('Museum of London');
	});

	it('names the spreadsheet row of what it left out and changed', () => {
		expect(problemsOf(fixture)).toEqual([
			'Left out 1 of 4 events:',
			'row 7: has no headline, text or media caption to title it (give it a headline)',
			'1 date gave a time of day, which this timeline does not show; the day is kept: row 4',
			'1 slide set a background colour or image, which this timeline does not draw: row 4',
			'1 media item was not an image (a video, map, sound or page) and is kept as a link: https://www.youtube.com/watch?v=wobble',
			'3 events had no id and got one made from the headline: "old-london-bridge-finished", "tower-bridge-opens", "millennium-bridge"'
		]);
	});
});

describe('TimelineJS spreadsheet CSV: edge cases', () => {
	it('reads old Mac line ends (CR alone)', () => {
		const csv = [HEADER, '1948,5,14,A,,', '1967,6,5,B,,'].join('\r');
		expect(datasetOf(importText(csv)).events.map((e) => e.start)).toEqual([
			'1948-05-14',
			'1967-06-05'
		]);
	});

	it('reads semicolons, as spreadsheets write CSV in much of Europe', () => {
		const csv = 'Year;Month;Day;Headline;Text\n1789;7;14;Prise de la Bastille;"Paris, 14 juillet"';
		expect(datasetOf(importText(csv)).events[0]).toMatchObject({
			start: '1789-07-14',
			summary: 'Paris, 14 juillet'
		});
	});

	it('reads a Windows-1252 file and warns that it was not UTF-8', () => {
		const result = importFixture('windows-1252.csv');
		expect(datasetOf(result).events.map((e) => e.title)).toEqual([
			'Attentat de Sarajevo',
			'Traité de Versailles'
		]);
		expect(datasetOf(result).events[0]?.summary).toBe('“L’archiduc est assassiné” — coût : 5 €.');
		expect(problemsOf(result)[0]).toMatch(/^the file is not UTF-8, so it was read as Windows-1252/);
	});

	it('refuses a quoted cell that never closes, naming its row', () => {
		const csv = `${HEADER}\n1948,5,14,A,"never closed,\n1967,6,5,B,,`;
		expect(errorsOf(importText(csv))).toEqual([
			'row 2: a quoted cell has no closing quote, so the rest of the file ran into it (a quote inside a quoted cell is written twice: "")'
		]);
	});

	it('reads a second title row as an event, with a warning', () => {
		const csv = [HEADER, ',,,Title,,title', '1948,,,Again,,title'].join('\n');
		const result = importText(csv);
		expect(datasetOf(result)).toMatchObject({ title: 'Title', events: [{ title: 'Again' }] });
		expect(problemsOf(result)).toContain('row 3: a second title row, read as an event');
	});

	it('ignores an end date without a year, as TimelineJS does, and says so', () => {
		const csv = 'Year,Headline,End Month\n1948,A,5';
		const result = importText(csv);
		expect(datasetOf(result).events[0]?.end).toBeUndefined();
		expect(problemsOf(result)).toContain('1 end date had no year and was ignored: row 2');
	});

	it('names the column of a bad date in the spreadsheet’s own words', () => {
		const csv = [HEADER, '1948,13,1,A,,', '1949,2,30,B,,', '1950,,,C,,'].join('\n');
		expect(problemsOf(importText(csv)).slice(0, 3)).toEqual([
			'Left out 2 of 3 events:',
			'row 2: Month "13" is not a month (use 1 to 12)',
			'row 3: Day "30" is not a day of 1949-02 (use 1 to 28)'
		]);
	});

	it('reads BCE years as TimelineJS shows them', () => {
		const csv = 'Year,Headline\n-753,Rome founded';
		expect(datasetOf(importText(csv)).events[0]?.start).toBe('-0752');
	});
});
