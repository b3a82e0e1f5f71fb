import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/lib/data/validate';
import { fold } from '../../../src/lib/filter/fold';
import {
	EMPTY_QUERY,
	facetCounts,
	isEmptyQuery,
	matchEvents,
	searchTexts,
	type Query
} from '../../../src/lib/filter/query';
import { rawDataset, rawEvent } from '../../support/dataset';

const timeline = loadTimeline(
	rawDataset(
		[
			rawEvent('hudaybiyya', '0628', {
				title: 'Treaty of Ḥudaybiyya',
				category: 'agreement',
				topics: ['borders']
			}),
			rawEvent('oslo', '1993-09-13', {
				title: 'Oslo I Accord',
				category: 'agreement',
				actors: ['israel', 'plo'],
				topics: ['borders', 'statehood']
			}),
			rawEvent('intifada', '1987-12', {
				title: 'First Intifada begins',
				summary: 'Protests spread across Gaza and the West Bank.',
				category: 'war',
				actors: ['palestinians']
			}),
			rawEvent('call', '2023-09-05', {
				title: 'A call',
				description: 'Discussed regional integration.',
				category: 'statement',
				actors: ['israel']
			})
		],
		{
			categories: [
				{ id: 'war', label: 'War' },
				{ id: 'agreement', label: 'Agreements' },
				{ id: 'statement', label: 'Statements' }
			],
			actors: [
				{ id: 'israel', label: 'Israel' },
				{ id: 'plo', label: 'Palestine Liberation Organization' },
				{ id: 'palestinians', label: 'Palestinians' }
			],
			topics: [
				{ id: 'borders', label: 'Borders', description: 'Lines.' },
				{ id: 'statehood', label: 'Statehood', description: 'States.' }
			]
		}
	)
);
const labels = new Map(timeline.actors.map((a) => [a.id, a.label]));
const texts = searchTexts(timeline.events, labels);

function ids(query: Partial<Query>): string[] {
	const matches = matchEvents(timeline.events, texts, { ...EMPTY_QUERY, ...query });
	return timeline.events.filter((_, i) => matches[i] === 1).map((e) => e.id);
}

describe('fold', () => {
	it.each([
		['dot below', 'Ḥudaybiyya', 'hudaybiyya'],
		['capitals', 'OSLO', 'oslo'],
		['acute accent', 'Café', 'cafe'],
		['ayn in transliteration', 'Shuʿfat', 'shufat'],
		['Arabic harakat', 'القُدْس', 'القدس'],
		['Hebrew niqqud', 'יְרוּשָׁלַיִם', 'ירושלים'],
		['ligature', 'ﬁnal', 'final']
	])('removes %s', (_, text, folded) => {
		expect(fold(text)).toBe(folded);
	});
});

describe('matchEvents', () => {
	it.each<[string, Partial<Query>, string[]]>([
		['no query matches everything', {}, ['hudaybiyya', 'intifada', 'oslo', 'call']],
		['text without its diacritic', { q: 'Hudaybiyya' }, ['hudaybiyya']],
		['lower case', { q: 'oslo' }, ['oslo']],
		['the summary', { q: 'west bank' }, ['intifada']],
		['the description', { q: 'integration' }, ['call']],
		['an actor’s name', { q: 'liberation' }, ['oslo']],
		['all words, in any order', { q: 'accord oslo' }, ['oslo']],
		['no match', { q: 'zzz' }, []],
		['one category', { category: ['agreement'] }, ['hudaybiyya', 'oslo']],
		['two categories are either', { category: ['war', 'statement'] }, ['intifada', 'call']],
		['an actor', { actor: ['israel'] }, ['oslo', 'call']],
		['a topic', { topic: ['statehood'] }, ['oslo']],
		['facets together are both', { category: ['agreement'], topic: ['statehood'] }, ['oslo']],
		['text and facet', { q: 'a', actor: ['israel'] }, ['oslo', 'call']]
	])('%s', (_, query, expected) => {
		expect(ids(query)).toEqual(expected);
	});
});

describe('facetCounts', () => {
	it('counts each value among events matching the text and the other facets', () => {
		const counts = facetCounts(timeline.events, texts, {
			...EMPTY_QUERY,
			category: ['agreement']
		});
		// Category counts ignore the chosen category, so every chip says what it would give.
		expect(Object.fromEntries(counts.category)).toEqual({ agreement: 2, war: 1, statement: 1 });
		expect(Object.fromEntries(counts.actor)).toEqual({ israel: 1, plo: 1 });
		expect(Object.fromEntries(counts.topic)).toEqual({ borders: 2, statehood: 1 });
	});

	it('narrows every count to the text', () => {
		const counts = facetCounts(timeline.events, texts, { ...EMPTY_QUERY, q: 'oslo' });
		expect(Object.fromEntries(counts.category)).toEqual({ agreement: 1 });
	});
});

describe('isEmptyQuery', () => {
	it.each<[Partial<Query>, boolean]>([
		[{}, true],
		[{ q: '   ' }, true],
		[{ q: 'x' }, false],
		[{ topic: ['borders'] }, false]
	])('%j is empty: %s', (query, empty) => {
		expect(isEmptyQuery({ ...EMPTY_QUERY, ...query })).toBe(empty);
	});
});
