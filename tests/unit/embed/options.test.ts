import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED_OPTIONS,
	readEmbedOptions,
	withoutEmbedOptions,
	writeEmbedOptions,
	type EmbedOptions
} from '../../../src/lib/embed/options';

const write = (options: Partial<EmbedOptions>, search = '') =>
	writeEmbedOptions(new URLSearchParams(search), {
		...DEFAULT_EMBED_OPTIONS,
		...options
	}).toString();

describe('readEmbedOptions', () => {
	it('gives the defaults for an address without options', () => {
		expect(readEmbedOptions('?from=2013-07-01&to=2014-04-30')).toEqual({
			options: DEFAULT_EMBED_OPTIONS,
			ignored: []
		});
	});

	it.each<[string, string, Partial<EmbedOptions>]>([
		['a dark theme', 'theme=dark', { theme: 'dark' }],
		['the system’s theme', 'theme=auto', { theme: 'auto' }],
		['no controls', 'controls=0', { controls: false }],
		['controls asked for, as by default', 'controls=1', {}],
		[
			'no overview, list or title',
			'overview=0&list=0&title=0',
			{
				overview: false,
				list: false,
				title: false
			}
		],
		['a fixed height', 'height=400', { height: 400 }],
		['a fixed height written with its unit', 'height=400px', { height: 400 }],
		['the smallest fixed height', 'height=150', { height: 150 }],
		['an interface language', 'lang=en', { lang: 'en' }],
		['a regional variant of a known language', 'lang=en-GB', { lang: 'en' }],
		['a right-to-left language', 'lang=ar', { lang: 'ar' }],
		['an id', 'id=budget-2024', { id: 'budget-2024' }],
		['pym.js’s child id', 'childId=graphic_1', { id: 'graphic_1' }],
		['an id before pym.js’s child id', 'id=a&childId=b', { id: 'a' }]
	])('reads %s', (_, search, expected) => {
		expect(readEmbedOptions(search)).toEqual({
			options: { ...DEFAULT_EMBED_OPTIONS, ...expected },
			ignored: []
		});
	});

	it.each([
		['an unknown theme', 'theme=sepia', 'theme', 'sepia'],
		['a theme in capitals', 'theme=DARK', 'theme', 'DARK'],
		['a flag that is not 0 or 1', 'controls=no', 'controls', 'no'],
		['an empty flag', 'overview=', 'overview', ''],
		['a height below the smallest', 'height=40', 'height', '40'],
		['a height above the largest', 'height=90000', 'height', '90000'],
		['a height in another unit', 'height=50vh', 'height', '50vh'],
		['a negative height', 'height=-400', 'height', '-400'],
		['a language without interface text', 'lang=fr', 'lang', 'fr'],
		['an id that would break pym.js’s messages', 'id=axPYMx b', 'id', 'axPYMx b']
	])('ignores and names %s', (_, search, name, value) => {
		const { options, ignored } = readEmbedOptions(search);
		expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
		expect(ignored).toEqual([{ name, value }]);
	});

	it('keeps the options it understands beside one it does not', () => {
		expect(readEmbedOptions('theme=dark&height=abc&list=0')).toEqual({
			options: { ...DEFAULT_EMBED_OPTIONS, theme: 'dark', list: false },
			ignored: [{ name: 'height', value: 'abc' }]
		});
	});
});

describe('writeEmbedOptions', () => {
	it.each<[string, Partial<EmbedOptions>, string]>([
		['the defaults are left out', {}, ''],
		['a dark theme', { theme: 'dark' }, 'theme=dark'],
		['hidden parts, as 0', { controls: false, overview: false }, 'controls=0&overview=0'],
		['a fixed height, in whole pixels', { height: 400.4 }, 'height=400'],
		[
			'everything, in one order',
			{
				id: 'x',
				lang: 'en',
				height: 500,
				title: false,
				list: false,
				overview: false,
				controls: false,
				theme: 'auto'
			},
			'theme=auto&controls=0&overview=0&list=0&title=0&height=500&lang=en&id=x'
		]
	])('%s', (_, options, expected) => {
		expect(write(options)).toBe(expected);
	});

	it('writes after the view and keeps it', () => {
		expect(write({ theme: 'dark' }, 'from=2013-07-01&to=2014-04-30&event=e')).toBe(
			'from=2013-07-01&to=2014-04-30&event=e&theme=dark'
		);
	});

	it('replaces options already in the address, and drops those back at their defaults', () => {
		expect(write({ controls: false }, 'theme=dark&controls=1&event=e')).toBe('event=e&controls=0');
	});

	it.each<[string, Partial<EmbedOptions>]>([
		['the defaults', {}],
		[
			'every option changed',
			{
				theme: 'dark',
				controls: false,
				overview: false,
				list: false,
				title: false,
				height: 321,
				lang: 'en',
				id: 'frame-2'
			}
		],
		['a light theme with a height', { theme: 'light', height: 5000 }]
	])('round-trips %s', (_, options) => {
		const written = write(options);
		expect(readEmbedOptions(written)).toEqual({
			options: { ...DEFAULT_EMBED_OPTIONS, ...options },
			ignored: []
		});
	});
});

describe('withoutEmbedOptions', () => {
	it.each([
		['an embed’s bare address', '', ''],
		[
			'the view, the dataset and the language stay; the embed’s options go',
			'?src=x&from=2013-07-01&to=2014-04-30&theme=dark&controls=0&overview=0&list=0&title=0&height=400&id=a&lang=en',
			'?src=x&from=2013-07-01&to=2014-04-30&lang=en'
		],
		[
			'pym.js’s parameters go',
			'?event=e&initialWidth=600&childId=c&parentTitle=T&parentUrl=https%3A%2F%2Fnews.example',
			'?event=e'
		],
		['nothing but options gives a bare address', '?theme=dark', '']
	])('%s', (_, search, expected) => {
		expect(withoutEmbedOptions(search)).toBe(expected);
	});
});
