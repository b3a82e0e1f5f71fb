import { describe, expect, it } from 'vitest';
import { ellipsize, firstSentences, summarise } from '../../../../src/lib/data/formats/summary';

const long = (n: number) => `${'word '.repeat(n).trim()}.`;

describe('summarise', () => {
	it.each([
		['nothing from no text', [], null],
		['one sentence as the summary', ['It rained.'], { summary: 'It rained.' }],
		[
			'two short sentences together',
			['It rained. The game was off.'],
			{ summary: 'It rained. The game was off.' }
		],
		[
			'a third sentence into the description',
			['It rained. The game was off. Fans went home.'],
			{ summary: 'It rained. The game was off.', description: 'Fans went home.' }
		],
		[
			'later paragraphs into the description',
			['It rained.', 'Next day.', 'Day after.'],
			{ summary: 'It rained.', description: 'Next day.\n\nDay after.' }
		],
		[
			'an Arabic question as its own sentence',
			['ماذا حدث؟ نزح السكان. ثم عادوا.'],
			{ summary: 'ماذا حدث؟ نزح السكان.', description: 'ثم عادوا.' }
		]
	])('%s', (_, paragraphs, expected) => {
		expect(summarise(paragraphs)).toEqual(expected);
	});

	it('keeps a long first sentence alone', () => {
		const first = long(20);
		expect(summarise([`${first} Second.`])).toEqual({ summary: first, description: 'Second.' });
	});

	it('cuts a sentence too long for a summary, and keeps the whole text as the description', () => {
		const text = long(80);
		const result = summarise([text]);
		expect(result?.summary.length).toBeLessThanOrEqual(280);
		expect(result?.summary.endsWith('word…')).toBe(true);
		expect(result?.description).toBe(text);
	});
});

describe('ellipsize', () => {
	it.each([
		['short text as it is', 'Short', 10, 'Short'],
		['at a word boundary', 'The quick brown fox', 12, 'The quick…'],
		['within a word that fills the space', 'Supercalifragilistic', 8, 'Superca…']
	])('%s', (_, text, max, expected) => {
		expect(ellipsize(text, max)).toBe(expected);
	});
});

describe('firstSentences', () => {
	it.each([
		['one sentence with no end mark', 'It rained all day', ['It rained all day'], ''],
		[
			'one sentence closed by a quote and a bracket',
			'He said "stop!")  ',
			['He said "stop!")'],
			''
		],
		[
			'a line break, which ends a sentence',
			'First line\nSecond line',
			['First line', 'Second line'],
			''
		],
		[
			'a full stop inside, which is read by the rules',
			'Version 2.5 shipped. Then',
			['Version 2.5 shipped.', 'Then'],
			''
		],
		['more sentences than asked for', 'A. B. C.', ['A.', 'B.'], 'C.'],
		['an Arabic question mark', 'ماذا؟ لا شيء', ['ماذا؟', 'لا شيء'], '']
	])('%s', (_, text, expected, rest) => {
		expect(firstSentences(text, 2)).toEqual({ sentences: expected, rest });
	});
});
