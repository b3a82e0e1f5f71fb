import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { APP_ORIGIN, frameOf, serve, timelineReady } from './helpers';

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
	title: string;
	events: { id: string; title: string }[];
};

interface OEmbed {
	version: string;
	type: string;
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

const read = (path: string) => JSON.parse(readFileSync(`build${path}`, 'utf8')) as OEmbed;
const DOCUMENTS = [
	{ path: '/oembed.json', page: '/', title: dataset.title, event: undefined as string | undefined },
	...dataset.events.map(({ id, title }) => ({
		path: `/oembed/events/${id}.json`,
		page: `/events/${id}`,
		title,
		event: id as string | undefined
	}))
];

test('the build has an oEmbed document for the timeline and for every event, each a complete rich response', () => {
	expect(readdirSync('build/oembed/events')).toHaveLength(dataset.events.length);
	for (const { path, title, event } of DOCUMENTS) {
		const oembed = read(path);
		const origin = new URL(oembed.provider_url).origin;
		expect(oembed, path).toMatchObject({
			version: '1.0',
			type: 'rich',
			title,
			provider_name: dataset.title,
			thumbnail_url: `${origin}/screenshot.png`,
			thumbnail_width: 1280,
			thumbnail_height: 800
		});
		expect(oembed.width, path).toBeGreaterThan(0);
		expect(oembed.height, path).toBeGreaterThan(0);
		const src = /<iframe src="([^"]+)"/.exec(oembed.html)?.[1]?.replace(/&amp;/g, '&');
		const url = new URL(src ?? '');
		expect(url.origin + url.pathname, path).toBe(`${origin}/embed`);
		expect(url.searchParams.get('event') ?? undefined, path).toBe(event);
		expect(oembed.html, path).toContain(`<script async src="${origin}/embed.js"></script>`);
	}
});

test('each page names its oEmbed document in its head, served as JSON', async ({
	page,
	request
}) => {
	for (const { path, page: address } of [DOCUMENTS[0]!, DOCUMENTS[1]!, DOCUMENTS.at(-1)!]) {
		await page.goto(address);
		const href = await page
			.locator('head link[rel="alternate"][type="application/json+oembed"]')
			.getAttribute('href');
		expect(new URL(href ?? '').pathname).toBe(path);
		const response = await request.get(path);
		expect(response.headers()['content-type']).toMatch(/^application\/json/);
		expect(await response.json()).toEqual(read(path));
	}
});

for (const { path, event } of [DOCUMENTS[0]!, DOCUMENTS[1]!, DOCUMENTS.at(-1)!]) {
	test(`the html of ${path}, on a page of another origin, shows the embed`, async ({ page }) => {
		const oembed = read(path);
		// The documents name the origin the site is published at; the tests serve the build here.
		const html = oembed.html.replaceAll(new URL(oembed.provider_url).origin, APP_ORIGIN);
		const host = await serve({
			'/': {
				type: 'text/html',
				body: `<!doctype html><meta charset="utf-8"><title>Host</title><body>${html}</body>`
			}
		});
		try {
			await page.goto(host.origin);
			const iframe = page.getByTitle(oembed.title);
			const frame = await frameOf(iframe);
			await timelineReady(frame);
			await expect(frame.locator('[data-timeline] .canvas svg')).toBeVisible();
			if (event) {
				await expect(frame.locator(`[data-event-detail="${event}"]`)).toBeVisible();
				await expect(frame.locator(`[data-event-id="${event}"]`)).toBeVisible();
			}
			const content = await frame.evaluate(() => document.documentElement.scrollHeight);
			await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).toBe(content);
		} finally {
			await host.close();
		}
	});
}
