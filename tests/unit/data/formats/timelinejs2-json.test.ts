import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../../src/lib/data/validate';
import {
	datasetOf,
	errorsOf,
	importFixture,
	importJson,
	problemsOf
} from '../../../support/import';

const BASE = 'https://print.example/data/press.json';
const fixture = importFixture('timelinejs2.json', { baseUrl: BASE });
const dataset = datasetOf(fixture);
const event = (id: string) => dataset.events.find((e) => e.id === id);

describe('TimelineJS 2 JSON: the fixture', () => {
	it('is told from its content and passes validation', () => {
		expect(fixture.ok && fixture.format).toBe('timelinejs2-json');
		const result = validateDataset(dataset);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('takes the title and description from the timeline object, as plain text', () => {
		expect(dataset.title).toBe('The printing press');
		expect(dataset.description).toBe(
			"From movable type to the newspaper.\n\nA fixture in TimelineJS 2's JSON format."
		);
		expect(dataset.language).toBe('und');
	});

	it('reads year, month, day and time dates, unpadded, negative and with slashes', () => {
		expect(dataset.events.map((e) => [e.id, e.start, e.end])).toEqual([
			['gutenberg-s-press', '1440', undefined],
			['the-gutenberg-bible', '1455-02', undefined],
			['caxton-prints-in-westminster', '1476-09-30', '1476-12-13'],
			['the-first-newspaper', '1605-01-05', undefined],
			['woodblock-printing-in-china', '-0199', '-0099'],
			['the-times-on-a-steam-press', '1814-11-29', undefined],
			['the-typewriter-is-patented', '1868-06-25', undefined],
			['the-linotype-machine', '1886', undefined]
		]);
	});

	it('turns tags into categories, in order of first use', () => {
		expect(dataset.categories).toEqual([
			{ id: 'germany', label: 'Germany' },
			{ id: 'england', label: 'England' },
			{ id: 'china', label: 'China' },
			{ id: 'united-states', label: 'United States' }
		]);
		expect(event('the-first-newspaper')?.category).toBe('germany');
	});

	it('keeps eras with both dates and leaves out one without an end, saying why', () => {
		expect(dataset.eras).toEqual([
			{ id: 'incunabula', title: 'Incunabula', start: '1450', end: '1500' }
		]);
		expect(problemsOf(fixture)).toContain(
			'timeline.era[1]: endDate is missing (an era needs an end date); era left out'
		);
	});

	it('resolves a relative asset against the dataset’s address, with its caption and credit', () => {
		expect(event('gutenberg-s-press')?.media).toEqual({
			url: 'https://print.example/data/images/press.jpg',
			alt: 'A reconstructed press',
			caption: 'A reconstructed press',
			credit: 'Wikimedia Commons'
		});
	});

	it('keeps an absolute image asset, its caption standing in for the alt text', () => {
		expect(event('the-gutenberg-bible')?.media).toEqual({
			url: 'https://images.example/bible.png',
			alt: 'A page of the Bible',
			caption: 'A page of the Bible'
		});
	});

	it('keeps a video asset as a link and shows its thumbnail as the image', () => {
		expect(event('the-first-newspaper')).toMatchObject({
			links: [{ title: 'A film about the Relation', url: 'https://www.youtube.com/watch?v=abc' }],
			media: { url: 'https://images.example/relation.jpg', alt: 'A film about the Relation' }
		});
	});

	it('drops an asset that is not http: or https:, with a warning', () => {
		expect(event('caxton-prints-in-westminster')?.media).toBeUndefined();
		expect(problemsOf(fixture)).toContain(
			'1 media item had an address that is not http: or https: and was left out: "javascript:alert(1)"'
		);
	});

	it('makes a script and a javascript: link in the text inert plain text', () => {
		const caxton = event('caxton-prints-in-westminster');
		expect(caxton).toMatchObject({
			summary: 'William Caxton sets up the first press in England.',
			description: 'Run me and read more.',
			links: [{ title: 'read more', url: 'https://print.example/data/sources/caxton.html' }]
		});
		expect(JSON.stringify(caxton)).not.toMatch(/alert|javascript:|<script/i);
	});

	it('lists bad dates by position, field and reason, then what changed', () => {
		expect(problemsOf(fixture)).toEqual([
			'Left out 2 of 10 events:',
			'timeline.date[8]: startDate month "13" is not a month (use 1 to 12)',
			'timeline.date[9]: startDate "around 1500" is not a date (write year,month,day, such as "2011,12,10" or "-500"; -500 is 500 BCE)',
			'timeline.era[1]: endDate is missing (an era needs an end date); era left out',
			"timeline: the title slide's media is not shown by this timeline",
			'1 media item had an address that is not http: or https: and was left out: "javascript:alert(1)"',
			'1 date gave a time of day, which this timeline does not show; the day is kept: timeline.date[3]',
			'1 media item was not an image (a video, map, sound or page) and is kept as a link: https://www.youtube.com/watch?v=abc',
			'8 events had no id and got one made from the headline: "gutenberg-s-press", "the-gutenberg-bible", "caxton-prints-in-westminster", …'
		]);
	});
});

describe('TimelineJS 2 JSON: edge cases', () => {
	const timeline = (...date: unknown[]) => ({ timeline: { headline: 'T', date } });

	it('says an item without a startDate is missing one', () => {
		const result = importJson(timeline({ headline: 'A' }, { startDate: '2011', headline: 'B' }));
		expect(problemsOf(result)[1]).toBe(
			'timeline.date[0]: startDate is missing (every event needs a start year)'
		);
	});

	it('refuses a file whose every item is left out, naming each', () => {
		const result = importJson(timeline({ startDate: '2011,2,30', headline: 'A' }));
		expect(errorsOf(result)).toEqual([
			'timeline.date[0]: startDate day "30" is not a day of 2011-02 (use 1 to 28)'
		]);
	});

	it('titles a timeline without a headline by the file’s name', () => {
		const result = importJson(
			{ timeline: { date: [{ startDate: '2011', headline: 'A' }] } },
			{ baseUrl: 'https://x.test/press.json' }
		);
		expect(datasetOf(result).title).toBe('press');
	});

	it('leaves out a relative asset when there is no dataset address, and says so', () => {
		const result = importJson(
			timeline({ startDate: '2011', headline: 'A', asset: { media: 'images/a.jpg' } })
		);
		expect(datasetOf(result).events[0]?.media).toBeUndefined();
		expect(problemsOf(result)).toContain(
			'1 media item had a relative address and no dataset address to resolve it against, and was left out (convert with --base): "images/a.jpg"'
		);
	});
});
