import { describe, expect, it } from 'vitest';
import { datasetOf, importJson, importText } from '../../../support/import';

/**
 * Nothing from an imported file may reach the page as markup or as an address that runs code:
 * every string of the dataset is plain text, and every address is http: or https:.
 */
const PAYLOADS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<svg onload=alert(1)><script>alert(2)</script></svg>',
	'<a href="javascript:alert(1)">click</a>',
	'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
	'<iframe srcdoc="<script>alert(1)</script>"></iframe>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<a href="  JAVASCRIPT:alert(1)">x</a>'
].join(' ');

const DANGEROUS = /<|javascript:|data:|vbscript:|onerror|onload/i;

function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
	return [];
}

describe('imported text is never markup', () => {
	it('TimelineJS JSON: headline, text, caption, credit, group and display date', () => {
		const result = importJson({
			title: { text: { headline: `Title ${PAYLOADS}`, text: PAYLOADS } },
			events: [
				{
					start_date: { year: 1969, display_date: PAYLOADS },
					display_date: PAYLOADS,
					text: { headline: `Landing ${PAYLOADS}`, text: `<p>Text.</p>${PAYLOADS}` },
					media: {
						url: 'https://img.test/moon.png',
						caption: PAYLOADS,
						credit: PAYLOADS,
						alt: PAYLOADS
					},
					group: `Group ${PAYLOADS}`
				},
				{
					start_date: { year: 1970 },
					text: { headline: 'Media that would run code' },
					media: {
						url: 'javascript:alert(1)',
						thumbnail: 'data:image/svg+xml,<svg onload=alert(1)>'
					}
				},
				{
					start_date: { year: 1971 },
					text: { headline: 'An SVG data image' },
					media: { url: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+' }
				},
				{
					start_date: { year: 1972 },
					text: { headline: 'Embed code as media' },
					media: { url: '<iframe src="https://evil.test"></iframe>' }
				}
			]
		});
		const dataset = datasetOf(result);
		expect(dataset.events).toHaveLength(4);
		expect(strings(dataset).filter((s) => DANGEROUS.test(s))).toEqual([]);
	});

	it('TimelineJS spreadsheet CSV', () => {
		const cell = `"${PAYLOADS.replaceAll('"', '""')}"`;
		const csv = [
			'Year,Headline,Text,Media,Media Caption,Media Credit,Group,Display Date',
			`1969,${cell},${cell},javascript:alert(1),${cell},${cell},${cell},${cell}`
		].join('\n');
		const dataset = datasetOf(importText(csv));
		expect(dataset.events).toHaveLength(1);
		expect(strings(dataset).filter((s) => DANGEROUS.test(s))).toEqual([]);
	});

	it('keeps every link and image address http: or https:', () => {
		const result = importJson(
			{
				events: [
					{
						start_date: { year: 1969 },
						text: {
							headline: 'Links',
							text: '<a href="https://ok.test/a">a</a><a href="javascript:x">b</a><a href="//cdn.test/c">c</a><a href="ftp://x.test">d</a>'
						}
					}
				]
			},
			{ baseUrl: 'https://site.test/t.json' }
		);
		expect(datasetOf(result).events[0]?.links?.map((link) => link.url)).toEqual([
			'https://ok.test/a',
			'https://cdn.test/c'
		]);
	});
});
