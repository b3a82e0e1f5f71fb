import { describe, expect, it } from 'vitest';
import { directionOf, pickLocale } from '../../../src/lib/i18n/locale';

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
