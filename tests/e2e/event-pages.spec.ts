import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
	events: { id: string; title: string; summary: string }[];
};

/** The first match of a pattern in a built page, or undefined. */
const pick = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

test('the build has a page for every event with its own title, description, canonical, image and JSON-LD', () => {
	const titles = new Set<string>();
	for (const event of dataset.events) {
		const html = readFileSync(`build/events/${event.id}.html`, 'utf8');
		const title = pick(html, /<title>([^<]+)<\/title>/);
		expect(title, event.id).toContain(event.title.replace(/&/g, '&amp;').slice(0, 20));
		titles.add(title!);
		expect(pick(html, /<meta name="description" content="([^"]+)"/), event.id).toBeTruthy();
		expect(pick(html, /<link rel="canonical" href="([^"]+)"/), event.id).toMatch(
			new RegExp(`^https?://[^/]+/events/${event.id}$`)
		);
		expect(pick(html, /<meta property="og:image" content="([^"]+)"/), event.id).toMatch(
			/^https?:\/\/.+\.png$/
		);
		expect(pick(html, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
		const ld = JSON.parse(
			pick(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/) ?? 'null'
		) as { '@type': string; name: string; startDate: string; citation: unknown[] };
		expect(ld['@type']).toBe('Event');
		expect(ld.name).toBe(event.title);
		expect(ld.citation.length).toBeGreaterThan(0);
	}
	expect(titles.size).toBe(dataset.events.length);
});

test('an event page shows the event, its sources and neighbours, and links into the timeline', async ({
	page
}) => {
	await page.goto('/events/fatah-hamas-reconciliation-2014');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Fatah–Hamas reconciliation agreement'
	);
	await expect(page.locator('.sources li').first()).toBeVisible();
	await expect(page.getByRole('link', { name: /Israel suspends talks/ }).first()).toBeVisible();
	await expect(page.locator('a[rel="prev"]')).toBeVisible();
	await expect(page.locator('a[rel="next"]')).toBeVisible();
	await page.getByRole('link', { name: 'Show on the timeline' }).click();
	await timelineReady(page);
	await expect(page.locator('[data-event-detail="fatah-hamas-reconciliation-2014"]')).toBeVisible();
});

test('Share copies the event page’s address where the Web Share API is missing', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'share', { value: undefined });
	});
	await page.goto('/?event=oslo-i-declaration-of-principles');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.locator('.share-message')).toHaveText('Link copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/\/events\/oslo-i-declaration-of-principles$/);
});
