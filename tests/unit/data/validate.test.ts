import { describe, expect, it } from 'vitest';
import { loadTimeline, validateDataset } from '../../../src/lib/data/validate';
import { fixture, type RawEvent } from '../../support/dataset';

type Raw = ReturnType<typeof fixture>;

const TOPICS = [
	{ id: 'borders', label: 'Borders', description: 'Where the lines run.' },
	{ id: 'refugees', label: 'Refugees', description: 'Those displaced and their descendants.' }
];

interface RawStory {
	id: string;
	title: string;
	summary: string;
	steps: { event: string; note?: string }[];
}

/**
 * Events of valid-minimal.json, in file order: [0] "six-day-war", [1] "un-partition-plan", …,
 * with two topics and a story "road" of two steps: the partition plan, then the Six-Day War.
 */
const valid = () => ({
	...fixture('valid-minimal.json'),
	topics: TOPICS.map((topic) => ({ ...topic })),
	stories: [
		{
			id: 'road',
			title: 'The road',
			summary: 'Two steps.',
			steps: [{ event: 'un-partition-plan', note: 'It begins.' }, { event: 'six-day-war' }]
		}
	]
});

const story = (data: Raw) => (data.stories as RawStory[])[0]!;

function errorsOf(input: unknown): readonly string[] {
	const result = validateDataset(input);
	return result.ok ? [] : result.errors;
}

const ev = (data: Raw, i: number) => data.events[i] as RawEvent;

const strip = (item: Record<string, unknown>, ...fields: string[]) =>
	fields.forEach((field) => delete item[field]);

describe('validateDataset accepts', () => {
	it.each<[string, (data: Raw) => void]>([
		['the valid fixture as it is', () => {}],
		['an end on the same day as the start', (d) => (ev(d, 0).end = '1967-06-05')],
		['a coarser end that contains the start', (d) => (ev(d, 0).end = '1967-06')],
		['a year-only end in the start’s year', (d) => (ev(d, 0).end = '1967')],
		['an http: source URL', (d) => (ev(d, 0).sources[0]!.url = 'http://example.org/')],
		['importance 3, the lowest', (d) => (ev(d, 0).importance = 3)],
		[
			'known topics and related events',
			(d) => Object.assign(ev(d, 0), { topics: ['borders'], related: ['un-partition-plan'] })
		],
		[
			'story steps on the same day',
			(d) =>
				(story(d).steps = [{ event: 'blinken-netanyahu-call' }, { event: 'blinken-abbas-call' }])
		],
		['BCE dates', (d) => Object.assign(ev(d, 1), { start: '-0043-03-15', end: '0000' })],
		[
			'deep-time years beside common-era days',
			(d) => Object.assign(ev(d, 1), { start: '-13799999999', end: '-4539999999' })
		],
		['an event without sources, as imported timelines have', (d) => strip(ev(d, 0), 'sources')],
		[
			'a display date and links',
			(d) =>
				Object.assign(ev(d, 0), {
					displayDate: 'Early June 1967',
					links: [{ title: 'More', url: 'https://example.org/more' }]
				})
		],
		[
			'no categories, actors or eras when nothing refers to them',
			(d) => {
				d.events.forEach((e) => strip(e, 'category', 'actors'));
				strip(d, 'categories', 'actors', 'eras');
			}
		]
	])('%s', (_, mutate) => {
		const data = valid();
		mutate(data);
		expect(errorsOf(data)).toEqual([]);
	});
});

describe('validateDataset names the item, the field and the reason', () => {
	const SIX = 'events[0] "six-day-war"';
	it.each<[string, (data: Raw) => void, string]>([
		[
			'impossible month',
			(d) => (ev(d, 0).start = '1967-13-05'),
			`${SIX}: start "1967-13-05" is not a valid date`
		],
		[
			'30 February',
			(d) => (ev(d, 0).start = '2014-02-30'),
			`${SIX}: start "2014-02-30" is not a valid date`
		],
		[
			'29 February in 1900',
			(d) => (ev(d, 0).start = '1900-02-29'),
			`${SIX}: start "1900-02-29" is not a valid date`
		],
		[
			'unpadded date',
			(d) => (ev(d, 0).start = '2023-9-5'),
			`${SIX}: start "2023-9-5" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`
		],
		[
			'negative zero year',
			(d) => (ev(d, 0).start = '-0000'),
			`${SIX}: start "-0000" is not a valid date`
		],
		[
			'a month beyond the years Date holds',
			(d) => (ev(d, 0).start = '-300000-05'),
			`${SIX}: start "-300000-05" has a month, but beyond year ±271,820 a date is a year alone`
		],
		[
			'a year of thirteen digits',
			(d) => (ev(d, 0).start = '-1000000000000'),
			`${SIX}: start "-1000000000000" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`
		],
		[
			'date as a number',
			(d) => (ev(d, 0).start = 1967 as unknown as string),
			`${SIX}: start must be a string`
		],
		[
			'a translation under something that is not a language tag',
			(d) => Object.assign(ev(d, 0), { translations: { Arabic: { title: 'حرب 1967' } } }),
			`${SIX}: translations.Arabic "Arabic" must be a BCP 47 language tag like "en-GB"`
		],
		[
			'a translation without its title',
			(d) => Object.assign(ev(d, 0), { translations: { he: { summary: 'תקציר' } } }),
			`${SIX}: translations.he.title is missing`
		],
		[
			'a translated source that is not a web address',
			(d) =>
				Object.assign(ev(d, 0), {
					translations: {
						ar: { title: 'حرب 1967', sources: [{ title: 'ص', url: 'ftp://x', publisher: 'ن' }] }
					}
				}),
			`${SIX}: translations.ar.sources[0].url "ftp://x" must be an http: or https: URL`
		],
		[
			'invalid end date',
			(d) => (ev(d, 0).end = '1967-06-31'),
			`${SIX}: end "1967-06-31" is not a valid date`
		],
		[
			'invalid source date',
			(d) => Object.assign(ev(d, 0).sources[0]!, { date: '2014-02-30' }),
			`${SIX}: sources[0].date "2014-02-30" is not a valid date`
		],
		['missing title', (d) => strip(ev(d, 0), 'title'), `${SIX}: title is missing`],
		['blank title', (d) => (ev(d, 0).title = '   '), `${SIX}: title must not be empty`],
		['misspelt field', (d) => (ev(d, 0).summery = 'typo'), `${SIX}: summery is not a known field`],
		['misspelt top-level field', (d) => (d.subtitle = 'typo'), 'subtitle is not a known field'],
		['missing top-level field', (d) => strip(d, 'title'), 'title is missing'],
		[
			'duplicate id',
			(d) => (ev(d, 2).id = 'six-day-war'),
			'events[2] "six-day-war": id duplicates events[0]'
		],
		[
			'id that is not a slug',
			(d) => (ev(d, 0).id = 'Six Day War'),
			'events[0] "Six Day War": id "Six Day War" must be a slug (lowercase letters, digits and hyphens)'
		],
		[
			'unknown category',
			(d) => (ev(d, 0).category = 'peace'),
			`${SIX}: category "peace" is not one of the dataset's categories`
		],
		[
			'unknown actor',
			(d) => (ev(d, 0).actors = ['israel', 'nato']),
			`${SIX}: actors[1] "nato" is not one of the dataset's actors`
		],
		[
			'end the day before the start',
			(d) => (ev(d, 0).end = '1967-06-04'),
			`${SIX}: end "1967-06-04" is before start "1967-06-05"`
		],
		[
			'month end before a day start',
			(d) => (ev(d, 0).end = '1967-05'),
			`${SIX}: end "1967-05" is before start "1967-06-05"`
		],
		[
			'era ending before it starts',
			(d) => Object.assign((d.eras as { end: string }[])[0]!, { end: '1946' }),
			'eras[0] "end-of-mandate": end "1946" is before start "1947-11-29"'
		],
		[
			'javascript: URL',
			(d) => (ev(d, 0).sources[0]!.url = 'javascript:alert(1)'),
			`${SIX}: sources[0].url "javascript:alert(1)" must be an http: or https: URL`
		],
		[
			'data: URL',
			(d) => (ev(d, 0).sources[0]!.url = 'data:text/html,x'),
			`${SIX}: sources[0].url "data:text/html,x" must be an http: or https: URL`
		],
		[
			'URL hiding http after another scheme',
			(d) => (ev(d, 0).sources[0]!.url = 'javascript:https://x'),
			`${SIX}: sources[0].url "javascript:https://x" must be an http: or https: URL`
		],
		[
			'ftp: media URL',
			(d) => (ev(d, 0).media = { url: 'ftp://example.org/a.png', alt: 'A' }),
			`${SIX}: media.url "ftp://example.org/a.png" must be an http: or https: URL`
		],
		[
			'javascript: link',
			(d) => (ev(d, 0).links = [{ title: 'x', url: 'javascript:alert(1)' }]),
			`${SIX}: links[0].url "javascript:alert(1)" must be an http: or https: URL`
		],
		[
			'blank display date',
			(d) => (ev(d, 0).displayDate = ' '),
			`${SIX}: displayDate must not be empty`
		],
		['importance 0', (d) => (ev(d, 0).importance = 0), `${SIX}: importance must be 1, 2 or 3`],
		['importance 4', (d) => (ev(d, 0).importance = 4), `${SIX}: importance must be 1, 2 or 3`],
		[
			'fractional importance',
			(d) => (ev(d, 0).importance = 1.5),
			`${SIX}: importance must be 1, 2 or 3`
		],
		[
			'importance as a string',
			(d) => (ev(d, 0).importance = '1' as unknown as number),
			`${SIX}: importance must be 1, 2 or 3`
		],
		[
			'empty sources list',
			(d) => (ev(d, 0).sources = []),
			`${SIX}: sources must list at least one source`
		],
		[
			'empty events list',
			(d) => ((d.events = []), delete d.stories),
			'events must list at least one event'
		],
		[
			'event that is not an object',
			(d) => (d.events[1] = 'x' as unknown as RawEvent),
			'events[1]: must be an object'
		],
		[
			'language that is not a tag',
			(d) => (d.language = 'English'),
			'language "English" must be a BCP 47 language tag like "en-GB"'
		],
		[
			'colour that is not hex',
			(d) => Object.assign((d.categories as object[])[0]!, { color: 'red' }),
			'categories[0] "war": color "red" must be a hex colour like "#0072b2"'
		],
		[
			'unknown topic',
			(d) => (ev(d, 0).topics = ['borders', 'water']),
			`${SIX}: topics[1] "water" is not one of the dataset's topics`
		],
		[
			'duplicate topic id',
			(d) => (d.topics = [...TOPICS, { ...TOPICS[0], label: 'Frontiers' }]),
			'topics[2] "borders": id duplicates topics[0]'
		],
		[
			'topic without a description',
			(d) => (d.topics = [{ id: 'borders', label: 'Borders' }]),
			'topics[0] "borders": description is missing'
		],
		[
			'unknown related event',
			(d) => (ev(d, 0).related = ['oslo-i']),
			`${SIX}: related[0] "oslo-i" is not one of the dataset's events`
		],
		[
			'event related to itself',
			(d) => (ev(d, 0).related = ['un-partition-plan', 'six-day-war']),
			`${SIX}: related[1] "six-day-war" is the event itself`
		],
		[
			'story step naming an unknown event',
			(d) => (story(d).steps[1] = { event: 'oslo-i' }),
			'stories[0] "road": steps[1].event "oslo-i" is not one of the dataset\'s events'
		],
		[
			'story steps out of time order',
			(d) => story(d).steps.reverse(),
			'stories[0] "road": steps[1].event "un-partition-plan" starts before the previous step "six-day-war"'
		],
		[
			'story without steps',
			(d) => (story(d).steps = []),
			'stories[0] "road": steps must list at least one step'
		],
		[
			'story step with an empty note',
			(d) => (story(d).steps[0]!.note = ' '),
			'stories[0] "road": steps[0].note must not be empty'
		],
		[
			'duplicate story id',
			(d) => (d.stories = [story(d), story(d)]),
			'stories[1] "road": id duplicates stories[0]'
		]
	])('%s', (_, mutate, expected) => {
		const data = valid();
		mutate(data);
		expect(errorsOf(data)).toEqual([expected]);
	});

	it('reports every problem, not only the first', () => {
		const data = valid();
		ev(data, 0).start = '1967-13-05';
		strip(ev(data, 1), 'summary');
		expect(errorsOf(data)).toEqual([
			'events[0] "six-day-war": start "1967-13-05" is not a valid date',
			'events[1] "un-partition-plan": summary is missing'
		]);
	});

	it('rejects a value that is not an object at all', () => {
		expect(errorsOf(null)).toEqual(['must be an object']);
	});
});

describe('named invalid fixtures', () => {
	it.each([
		['invalid-oslo-ii-date.json', ['events[1] "oslo-ii": start "1995-13-28" is not a valid date']],
		[
			'invalid-references.json',
			[
				'events[2] "a": id duplicates events[0]',
				'events[0] "a": category "peace" is not one of the dataset\'s categories',
				'events[1] "b": actors[1] "nato" is not one of the dataset\'s actors',
				'events[1] "b": end "1995-09-27" is before start "1995-09-28"'
			]
		]
	])('%s gives exactly its errors', (name, expected) => {
		expect(errorsOf(fixture(name))).toEqual(expected);
	});
});

describe('loadTimeline', () => {
	it('throws one error naming the file and listing each problem on its own line', () => {
		expect(() => loadTimeline(fixture('invalid-oslo-ii-date.json'), 'oslo.json')).toThrow(
			'oslo.json is not a valid timeline:\nevents[1] "oslo-ii": start "1995-13-28" is not a valid date'
		);
	});

	it('returns the timeline of a valid dataset', () => {
		expect(loadTimeline(valid()).events).toHaveLength(7);
	});
});
