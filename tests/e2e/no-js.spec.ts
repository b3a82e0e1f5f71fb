import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] };

test.use({ javaScriptEnabled: false });

test('without JavaScript the built page shows the timeline SVG and the list of every event', async ({
	page
}) => {
	await page.goto('/');
	// The canvas holds the desktop and the phone drawing; a container query shows one of them.
	await expect(page.locator('[data-timeline] .canvas svg:visible')).toHaveCount(1);
	expect(await page.locator('[data-timeline] svg [data-event-id]').count()).toBeGreaterThan(10);
	await expect(page.locator('.axis .major-label').first()).toBeVisible();
	await expect(page.locator('.event-list ol > li')).toHaveCount(dataset.events.length);
	await expect(page.locator('.event-list ol > li time').first()).not.toBeEmpty();
});
