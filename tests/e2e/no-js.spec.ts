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

test('without JavaScript each category has its own shape, in the legend and on the marks', async ({
	page
}) => {
	await page.goto('/');
	const legend = await page
		.locator('[data-timeline] .legend .category-glyph path')
		.evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
	expect(legend.length).toBeGreaterThan(1);
	expect(new Set(legend).size, 'every category a shape of its own').toBe(legend.length);
	const marks = page.locator('[data-timeline] .canvas svg:visible .mark');
	await expect(marks.locator('circle')).toHaveCount(0);
	const shapes = await marks
		.locator('path.dot, path.glyph')
		.evaluateAll((paths) => new Set(paths.map((path) => path.getAttribute('d'))).size);
	expect(shapes, 'the drawing shows several shapes').toBeGreaterThan(3);
});
