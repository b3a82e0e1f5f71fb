import { describe, expect, it } from 'vitest';
import { oEmbedDocument, OEMBED_WIDTH } from '../../../src/lib/embed/oembed';

const ORIGIN = 'https://timeline.example.org';

describe('oEmbedDocument', () => {
	const document = oEmbedDocument({
		origin: ORIGIN,
		title: 'Oslo I',
		provider: 'The conflict, 1947–2023',
		viewSearch: '?from=1992-01-01&to=1995-01-01&event=oslo-i',
		thumbnail: { url: `${ORIGIN}/screenshot.png`, width: 1280, height: 800 }
	});

	it('is a rich oEmbed 1.0 response with every required field', () => {
		expect(document).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: 'Oslo I',
			provider_name: 'The conflict, 1947–2023',
			provider_url: `${ORIGIN}/`,
			width: OEMBED_WIDTH
		});
		expect(document.height).toBeGreaterThan(0);
	});

	it('embeds the view in an auto-height iframe with the host script', () => {
		expect(document.html).toContain(
			`src="${ORIGIN}/embed?from=1992-01-01&amp;to=1995-01-01&amp;event=oslo-i"`
		);
		expect(document.html).toContain(`height="${document.height}"`);
		expect(document.html).toContain(`<script async src="${ORIGIN}/embed.js"></script>`);
	});

	it('gives the thumbnail with its size, as oEmbed requires', () => {
		expect(document).toMatchObject({
			thumbnail_url: `${ORIGIN}/screenshot.png`,
			thumbnail_width: 1280,
			thumbnail_height: 800
		});
	});

	it('leaves every thumbnail field out when there is none', () => {
		const bare = oEmbedDocument({ origin: ORIGIN, title: 'T', provider: 'P', viewSearch: '' });
		expect(Object.keys(bare).filter((key) => key.startsWith('thumbnail'))).toEqual([]);
		expect(bare.html).toContain(`src="${ORIGIN}/embed"`);
	});
});
