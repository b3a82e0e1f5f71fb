import { describe, expect, it } from 'vitest';
import { nameFromAddress } from '../../../../src/lib/data/formats/import-dataset';
import { LIMITS } from '../../../../src/lib/data/formats/limits';
import { validateDataset } from '../../../../src/lib/data/validate';
import { fixture, seededRandom } from '../../../support/dataset';
import { datasetOf, errorsOf, importJson, importText } from '../../../support/import';
import { importDataset } from '../../../../src/lib/data/formats/import-dataset';

const formatOf = (result: ReturnType<typeof importText>) => (result.ok ? result.format : null);

describe('importDataset tells the format from the content, not the name', () => {
	it.each([
		['this timeline’s JSON', JSON.stringify(fixture('valid-minimal.json')), 'dataset-json'],
		[
			'TimelineJS JSON',
			'{"events": [{"start_date": {"year": 1948}, "text": {"headline": "A"}}]}',
			'timelinejs-json'
		],
		[
			'TimelineJS 2 JSON',
			'{"timeline": {"headline": "T", "date": [{"startDate": "1948", "headline": "A"}]}}',
			'timelinejs2-json'
		],
		['TimelineJS CSV', 'Year,Headline\n1948,A', 'timelinejs-csv'],
		['this timeline’s CSV', 'id,start,title,summary\na,1948,A,S', 'dataset-csv'],
		['a plain CSV', 'date,title\n1948,A', 'plain-csv']
	])('%s', (_, text, format) => {
		expect(
			formatOf(importText(text, { name: 'misleading.csv', baseUrl: 'https://x.test/t.json' }))
		).toBe(format);
	});
});

describe('importDataset refuses what is no timeline, each with its own message', () => {
	it.each([
		['an empty file', '', 'the file is empty'],
		['a file of blank lines', '\n\n', 'the file is empty'],
		[
			'invalid JSON',
			'{"title": "A",\n "events": [}',
			'the file is not valid JSON: line 2, column 13: a value is expected (is there a comma before a closing bracket?)'
		],
		[
			'JSON that is no timeline',
			'{"name": "x"}',
			'the file is JSON but not a timeline: it has no "events" list (see the README for this timeline\'s format; TimelineJS JSON is read too)'
		],
		[
			'a JSON list',
			'[{"start_date": {}}]',
			'the file is JSON but not a timeline: it has no "events" list (see the README for this timeline\'s format; TimelineJS JSON is read too)'
		],
		[
			'a web page',
			'<!DOCTYPE html><p>Not found</p>',
			'the file is an HTML or XML page, not a timeline: check that the address leads to the JSON or CSV file itself'
		]
	])('%s', (_, text, error) => {
		expect(errorsOf(importText(text))).toEqual([error]);
	});

	it('keeps this timeline’s own JSON strict: one bad event refuses the file with every reason', () => {
		const data = fixture('valid-minimal.json');
		data.events[0]!.start = '1967-13-05';
		delete (data.events[1] as { summary?: string }).summary;
		expect(errorsOf(importJson(data))).toEqual([
			'events[0] "six-day-war": start "1967-13-05" is not a valid date',
			'events[1] "un-partition-plan": summary is missing'
		]);
	});

	it(`refuses a file over ${LIMITS.bytes / 1_000_000} MB before reading it`, () => {
		const bytes = new Uint8Array(LIMITS.bytes + 1);
		expect(errorsOf(importDataset(bytes))).toEqual(['the file is 20 MB, over the limit of 20 MB']);
	});

	it.each([
		[
			'JSON',
			() => JSON.stringify({ events: Array.from({ length: LIMITS.events + 1 }, () => ({})) })
		],
		[
			'TimelineJS 2 JSON',
			() =>
				JSON.stringify({
					timeline: { date: Array.from({ length: LIMITS.events + 1 }, () => ({})) }
				})
		],
		['CSV', () => `Date,Title\n${'1948,A\n'.repeat(LIMITS.events + 1)}`]
	])(`refuses %s with more than ${LIMITS.events} events`, (_, make) => {
		expect(errorsOf(importText(make()))).toEqual([
			'the file has 100,001 events, over the limit of 100,000: split it into several timelines'
		]);
	});
});

describe('importDataset at scale', () => {
	// A generous timeout: this checks what comes out at scale, on a machine that may be shared.
	it(
		'imports 20,000 TimelineJS events with HTML, groups and media into a valid dataset',
		{ timeout: 30_000 },
		() => {
			const random = seededRandom(12);
			const events = Array.from({ length: 20_000 }, (_, i) => ({
				start_date: {
					year: 1000 + Math.floor(random() * 1000),
					month: 1 + (i % 12),
					day: 1 + (i % 28)
				},
				text: {
					headline: `Event <b>${i}</b>`,
					text: `<p>First sentence of ${i}. Second sentence.</p><p><a href="https://ex.test/${i}">More</a></p>`
				},
				group: `Group ${i % 7}`,
				media: { url: `images/${i}.jpg`, caption: `Image ${i}` }
			}));
			const dataset = datasetOf(importJson({ events }, { baseUrl: 'https://ex.test/t.json' }));
			expect(dataset.events).toHaveLength(20_000);
			expect(new Set(dataset.events.map((e) => e.id)).size).toBe(20_000);
			expect(dataset.categories).toHaveLength(7);
			expect(dataset.events[19_999]).toMatchObject({
				id: 'event-19999',
				title: 'Event 19999',
				summary: 'First sentence of 19999. Second sentence.',
				description: 'More',
				media: { url: 'https://ex.test/images/19999.jpg' }
			});
			expect(validateDataset(dataset).ok).toBe(true);
		}
	);
});

describe('nameFromAddress', () => {
	it.each([
		['https://x.test/data/wars-of-the-roses.csv', 'wars-of-the-roses'],
		['https://x.test/a/moon%20race.json?v=2#top', 'moon race'],
		['timelines\\local file.json', 'local file'],
		['https://x.test/', undefined],
		[undefined, undefined]
	])('%s → %s', (address, name) => {
		expect(nameFromAddress(address)).toBe(name);
	});
});
