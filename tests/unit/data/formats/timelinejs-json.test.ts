import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../../src/lib/data/validate';
import { datasetOf, importFixture, problemsOf } from '../../../support/import';

const BASE = 'https://space.example/data/space.json';
const fixture = importFixture('timelinejs.json', { baseUrl: BASE });
const dataset = datasetOf(fixture);
const event = (id: string) => dataset.events.find((e) => e.id === id);

describe('TimelineJS JSON: the fixture', () => {
	it('is told from its content and passes validation', () => {
		expect(fixture.ok && fixture.format).toBe('timelinejs-json');
		const result = validateDataset(dataset);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('takes the title and description from the title slide, as plain text', () => {
		expect(dataset.title).toBe('The space age');
		expect(dataset.description).toBe(
			"From the first satellite to the Moon.\n\nA fixture in TimelineJS's JSON format."
		);
	});

	it('says that the language is not known', () => {
		expect(dataset.language).toBe('und');
	});

	it('turns groups into categories, in order of first use', () => {
		expect(dataset.categories).toEqual([
			{ id: 'soviet-union', label: 'Soviet Union' },
			{ id: 'united-states', label: 'United States' }
		]);
		expect(event('gagarin-orbits-the-earth')?.category).toBe('soviet-union');
	});

	it('keeps eras with both dates and leaves out one without an end, saying why', () => {
		expect(dataset.eras).toEqual([
			{ id: 'space-race', title: 'Space Race', start: '1955', end: '1975' }
		]);
		expect(problemsOf(fixture)).toContain(
			'eras[1]: end_date is missing (an era needs an end date); era left out'
		);
	});

	it('reads string and integer years and keeps each date’s precision', () => {
		expect(dataset.events.map((e) => [e.id, e.start, e.end])).toEqual([
			['sputnik-1', '1957-10-04', undefined],
			['gagarin-orbits-the-earth', '1961-04-12', undefined],
			['apollo-11', '1969-07-16', '1969-07-24'],
			['sputnik-1-2', '1957-11-03', undefined],
			['apollo-and-soyuz-dock-in-orbit', '1975', undefined],
			['hubble-launched', '1990-04-24', undefined],
			['the-big-bang', '-13799999999', undefined]
		]);
	});

	it('splits the text into a summary of its first sentences and a description of the rest', () => {
		expect(event('sputnik-1')).toMatchObject({
			summary:
				'The Soviet Union launches the first artificial satellite. It orbits for three months.',
			description: 'See Sputnik 1.'
		});
	});

	it('summarises an event without text by its headline', () => {
		expect(event('gagarin-orbits-the-earth')?.summary).toBe('Gagarin orbits the Earth');
	});

	it('gives every event importance 2 and no sources', () => {
		expect(new Set(dataset.events.map((e) => e.importance))).toEqual(new Set([2]));
		expect(dataset.events.filter((e) => e.sources !== undefined)).toEqual([]);
	});

	it('keeps the text’s links and the media credit’s as links', () => {
		expect(event('sputnik-1')?.links).toEqual([
			{ title: 'Sputnik 1', url: 'https://en.wikipedia.org/wiki/Sputnik_1' },
			{ title: 'NASA', url: 'https://www.nasa.gov/' }
		]);
	});

	it('resolves a relative image against the dataset’s address', () => {
		expect(event('sputnik-1')?.media).toEqual({
			url: 'https://space.example/data/images/sputnik.jpg',
			alt: 'A replica of Sputnik 1',
			caption: 'A replica of Sputnik 1',
			credit: 'NASA'
		});
	});

	it('keeps a video as a link and shows its thumbnail as the image', () => {
		expect(event('apollo-11')).toMatchObject({
			links: [{ title: 'Landing footage', url: 'https://www.youtube.com/watch?v=abc' }],
			media: { url: 'https://images.example/apollo-thumb.png', alt: 'Landing footage' }
		});
	});

	it('keeps the event’s display_date', () => {
		expect(event('apollo-11')?.displayDate).toBe('16–24 July 1969');
	});

	it('keeps a date’s own display_date, and drops an end equal to the start as TimelineJS does', () => {
		expect(event('apollo-and-soyuz-dock-in-orbit')).toMatchObject({
			start: '1975',
			displayDate: 'Summer 1975'
		});
		expect(event('hubble-launched')?.end).toBeUndefined();
	});

	it('titles an event without a headline from its text’s first sentence', () => {
		expect(event('apollo-and-soyuz-dock-in-orbit')?.title).toBe('Apollo and Soyuz dock in orbit');
	});

	it('rewrites a unique_id that is not a slug, and renames a duplicate with a warning', () => {
		expect(event('apollo-11')).toBeDefined();
		expect(event('sputnik-1')?.title).toBe('Sputnik 1');
		expect(event('sputnik-1-2')?.title).toBe('Sputnik 2 carries Laika');
		expect(problemsOf(fixture)).toContain(
			'events[3]: id "sputnik-1" duplicates events[0]; this event is now "sputnik-1-2"'
		);
	});

	it('lists what was left out first, then what changed, each kind of change once', () => {
		expect(problemsOf(fixture)).toEqual([
			'Left out 2 of 9 events:',
			'events[7] "no-text": has no headline, text or media caption to title it (give it a headline)',
			'events[8]: start_date is missing (every event needs a start year)',
			'events[3]: id "sputnik-1" duplicates events[0]; this event is now "sputnik-1-2"',
			'eras[1]: end_date is missing (an era needs an end date); era left out',
			"title: the title slide's media is not shown by this timeline",
			'1 date gave a time of day, which this timeline does not show; the day is kept: events[1]',
			'1 media item was not an image (a video, map, sound or page) and is kept as a link: https://www.youtube.com/watch?v=abc',
			'1 slide set a background colour or image, which this timeline does not draw: events[2]',
			'1 event had no headline and was titled from the text: events[4]',
			'1 id was not a slug (lowercase letters, digits and hyphens) and was rewritten: "Apollo 11" → "apollo-11"',
			'4 events had no id and got one made from the headline: "gagarin-orbits-the-earth", "apollo-and-soyuz-dock-in-orbit", "hubble-launched", …'
		]);
	});
});
