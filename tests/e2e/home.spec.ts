import { expect, test } from './fixtures';
import { timelineReady } from './helpers';
import { readFileSync } from 'node:fs';

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
	title: string;
	events: unknown[];
};

test('the home page renders the timeline ', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
	await expect(page.locator('[data-timeline] .canvas svg')).toBeVisible();
	expect(await page.locator('[data-timeline] [data-event-id]').count()).toBeGreaterThan(10);
	await timelineReady(page);
});

test('every visible mark is focusable and has an accessible name', async ({ page }) => {
	await page.goto('/');
	const marks = page.locator('[data-timeline] [data-event-id]');
	const names = await marks.evaluateAll((nodes) =>
		nodes.map((node) => [node.getAttribute('tabindex'), node.getAttribute('aria-label')])
	);
	for (const [tabindex, name] of names) {
		expect(tabindex).toBe('0');
		expect(name?.length ?? 0).toBeGreaterThan(5);
	}
});

test('the event list names every event of the dataset when the whole timeline is in view', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('.event-list ol > li')).toHaveCount(dataset.events.length);
});
