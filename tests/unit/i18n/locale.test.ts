import { describe, expect, it } from 'vitest';
import { directionOf, pickLocale } from '../../../src/lib/i18n/locale';

describe('pickLocale', () => {
	it.each<[string, string | null, string[], ReturnType<typeof pickLocale>]>([
		['English when nothing is asked', null, [], { locale: 'en' }],
		['the address first', 'ar', ['he-IL', 'en'], { locale: 'ar' }],
		['a regional tag in the address', 'he-IL', [], { locale: 'he' }],
		['the old code for Hebrew', 'iw', [], { locale: 'he' }],
		['the browser’s first supported language', null, ['fr-FR', 'ar-EG', 'en'], { locale: 'ar' }],
		['English when the browser asks for none of ours', null, ['fr', 'de'], { locale: 'en' }],
		['an unknown lang is ignored and named', 'xx', ['he'], { locale: 'he', ignored: 'xx' }],
		['an empty lang is no request', '', ['ar'], { locale: 'ar' }]
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
