import { afterEach, describe, expect, it } from 'vitest';
import { directionOf, pickLocale } from '../../../src/lib/i18n/locale';
import { ar } from '../../../src/lib/i18n/locales/ar';
import { he } from '../../../src/lib/i18n/locales/he';
import { useNumbers } from '../../../src/lib/i18n/numbers';
import { strings } from '../../../src/lib/i18n/strings';

describe('pickLocale', () => {
	it.each<[string, string | null, string[], ReturnType<typeof pickLocale>]>([
		['English when nothing is asked', null, [], { locale: 'en', tag: 'en' }],
		['the address first', 'ar', ['he-IL', 'en'], { locale: 'ar', tag: 'ar' }],
		['a regional tag in the address', 'he-IL', [], { locale: 'he', tag: 'he-IL' }],
		['the old code for Hebrew', 'iw', [], { locale: 'he', tag: 'he' }],
		[
			'the browser’s first supported language, with its region',
			null,
			['fr-FR', 'ar-EG', 'en'],
			{ locale: 'ar', tag: 'ar-EG' }
		],
		['a tag written with an underscore', 'ar_EG', [], { locale: 'ar', tag: 'ar' }],
		[
			'English when the browser asks for none of ours',
			null,
			['fr', 'de'],
			{ locale: 'en', tag: 'en' }
		],
		[
			'an unknown lang is ignored and named',
			'xx',
			['he'],
			{ locale: 'he', tag: 'he', ignored: 'xx' }
		],
		['an empty lang is no request', '', ['ar'], { locale: 'ar', tag: 'ar' }]
	])('%s', (_, param, languages, expected) => {
		expect(pickLocale(param, languages)).toEqual(expected);
	});
});

describe('directionOf', () => {
	it.each([
		['en', 'ltr'],
		['ar', 'rtl'],
		['he', 'rtl']
	] as const)('%s is %s', (locale, direction) => {
		expect(directionOf(locale)).toBe(direction);
	});
});

describe('counts in interface text', () => {
	afterEach(() => useNumbers('en'));

	it.each<[string, () => string, string]>([
		['en', () => strings.search.count(1234, 10000), '1,234 of 10,000 events'],
		['ar', () => ar.story.position(2, 11), 'الخطوة 2 من 11'],
		['ar-EG', () => ar.story.position(2, 11), 'الخطوة ٢ من ١١'],
		['he', () => he.story.position(2, 11), 'שלב 2 מתוך 11']
	])('are written with the digits of %s', (tag, say, expected) => {
		useNumbers(tag);
		expect(say()).toBe(expected);
	});
});
