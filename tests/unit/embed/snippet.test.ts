import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS } from '../../../src/lib/embed/options';
import { embedSnippet, embedSrc, expectedHeight } from '../../../src/lib/embed/snippet';

const PAGE = 'https://timeline.example.org/embed';

describe('embedSrc', () => {
	it.each([
		['the whole timeline with the defaults is the bare address', '', {}, PAGE],
		[
			'the view comes first, then the options',
			'?from=2013-07-01&to=2014-04-30&event=e',
			{ theme: 'dark' as const, controls: false },
			`${PAGE}?from=2013-07-01&to=2014-04-30&event=e&theme=dark&controls=0`
		],
		[
			'a dataset address is kept, encoded',
			'?src=https://data.example.org/t.json',
			{ height: 400 },
			`${PAGE}?src=https%3A%2F%2Fdata.example.org%2Ft.json&height=400`
		]
	])('%s', (_, search, options, expected) => {
		expect(embedSrc(PAGE, search, { ...DEFAULT_EMBED_OPTIONS, ...options })).toBe(expected);
	});
});

describe('embedSnippet', () => {
	it('gives an auto-height iframe with the host script', () => {
		expect(
			embedSnippet({
				src: `${PAGE}?from=2013-07-01&to=2014-04-30&event=e`,
				title: 'The conflict, 1947–2023',
				height: 640,
				script: 'https://timeline.example.org/embed.js'
			})
		).toBe(
			`<iframe src="${PAGE}?from=2013-07-01&amp;to=2014-04-30&amp;event=e" title="The conflict, 1947–2023"` +
				' loading="lazy" referrerpolicy="strict-origin-when-cross-origin"' +
				' allow="clipboard-write; web-share" height="640" style="width:100%;border:0"></iframe>\n' +
				'<script async src="https://timeline.example.org/embed.js"></script>'
		);
	});

	it('gives a fixed-height iframe alone', () => {
		const html = embedSnippet({ src: `${PAGE}?height=400`, title: 'T', height: 400 });
		expect(html).toContain('height="400" style="width:100%;border:0"></iframe>');
		expect(html).not.toContain('<script');
	});

	it('escapes a title that would end its attribute or open a tag', () => {
		const html = embedSnippet({ src: PAGE, title: 'A "quoted" <b>title</b> & more', height: 1 });
		expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
	});
});

describe('expectedHeight', () => {
	it('is smaller for each part the embed leaves out', () => {
		const all = expectedHeight(DEFAULT_EMBED_OPTIONS);
		for (const part of ['title', 'controls', 'overview', 'list'] as const) {
			expect(expectedHeight({ ...DEFAULT_EMBED_OPTIONS, [part]: false }), part).toBeLessThan(all);
		}
	});
});
