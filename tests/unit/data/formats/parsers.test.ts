import { describe, expect, it, vi } from 'vitest';
import { bytesOf } from '../../../support/import';

/** Fresh copies of the modules, with none of the parsers loaded that setup.ts loads. */
async function fresh() {
	vi.resetModules();
	return {
		parsers: await import('../../../../src/lib/data/formats/parsers'),
		html: await import('../../../../src/lib/data/formats/html-text'),
		importer: await import('../../../../src/lib/data/formats/import-dataset')
	};
}

const slide = (text: string) => ({
	start_date: { year: 1993 },
	text: { headline: 'Oslo I Accord', text }
});
const timelineJs = (...texts: string[]) =>
	bytesOf(JSON.stringify({ events: texts.map((text) => slide(text)) }));

describe('the importers’ parsers, loaded when a file needs one', () => {
	it('reads plain paragraphs without htmlparser2, and asks for it at the first tag', async () => {
		const { parsers, html } = await fresh();
		expect(html.htmlToText('<p>Signed in Washington.</p>').paragraphs).toEqual([
			'Signed in Washington.'
		]);
		expect(() => html.htmlToText('<p>Signed <b>in</b> Washington.</p>')).toThrow(
			parsers.ParserNeeded
		);
		await expect(
			parsers.withParsers(() => html.htmlToText('<p>Signed <b>in</b> Washington.</p>'))
		).resolves.toEqual({ paragraphs: ['Signed in Washington.'], links: [] });
	});

	it('imports a TimelineJS file of plain paragraphs with no parser loaded', async () => {
		const { importer } = await fresh();
		const result = importer.importDataset(timelineJs('<p>Signed in Washington.</p>'));
		expect(result.ok).toBe(true);
	});

	it('loads what an import turns out to need and gives the same result as with all loaded', async () => {
		const { importer, parsers } = await fresh();
		const file = timelineJs('<p>Plain.</p>', 'Signed &amp; <a href="https://un.org">witnessed</a>');
		expect(() => importer.importDataset(file)).toThrow(parsers.ParserNeeded);
		const lazily = await importer.importDatasetLoading(file);
		await parsers.loadParsers();
		expect(importer.importDataset(file)).toStrictEqual(lazily);
		expect(lazily.ok && lazily.dataset.events[1]?.links).toEqual([
			{ title: 'witnessed', url: 'https://un.org/' }
		]);
	});

	it('loads jsonc-parser for invalid JSON and Papa Parse for CSV', async () => {
		const { importer } = await fresh();
		expect(await importer.importDatasetLoading(bytesOf('{"events": [1,]}'))).toMatchObject({
			ok: false,
			errors: [expect.stringMatching(/^the file is not valid JSON: line 1, column 15/)]
		});
		const csv = 'Year,Headline,Text\n1993,Oslo I Accord,"Signed, in Washington"\n';
		expect(await importer.importDatasetLoading(bytesOf(csv))).toMatchObject({ ok: true });
	});
});
