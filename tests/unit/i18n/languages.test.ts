import { describe, expect, it } from 'vitest';
import { matchLanguage } from '../../../src/lib/i18n/languages';

describe('matchLanguage', () => {
	it.each([
		['a language with interface text', 'en', 'en'],
		['a regional variant', 'en-GB', 'en'],
		['capitals', 'EN-us', 'en'],
		['a language without interface text', 'fr', undefined],
		['an empty tag', '', undefined],
		['a tag that only starts like a known language', 'eng', undefined]
	])('matches %s', (_, tag, expected) => {
		expect(matchLanguage(tag)).toBe(expected);
	});
});
