import { expect, test } from './fixtures';
import { timelineReady } from './helpers';
import { readFileSync } from 'node:fs';

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
	title: string;
	categories: { id: string; label: string }[];
	events: { id: string; title: string; category: string }[];
};

test('the home page renders the timeline ', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
	await expect(page.locator('[data-timeline] .canvas svg')).toBeVisible();
	expect(await page.locator('[data-timeline] [data-event-id]').count()).toBeGreaterThan(10);
	await timelineReady(page);
});

test('every mark can take focus, one is the Tab stop, and each name gives date, title and category', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	const marks = page.locator('[data-timeline] svg[data-canvas] [data-event-id]');
	const found = await marks.evaluateAll((nodes) =>
		nodes.map((node) => ({
			id: node.getAttribute('data-event-id') ?? '',
			tabindex: node.getAttribute('tabindex'),
			name: node.getAttribute('aria-label') ?? '',
			// The event list writes each date at its precision, as the name should.
			when:
				document.querySelector(
					`.event-list [data-list-event-id="${node.getAttribute('data-event-id')}"] time`
				)?.textContent ?? ''
		}))
	);
	expect(found.filter((mark) => mark.tabindex === '0')).toHaveLength(1);
	for (const { id, tabindex, name, when } of found) {
		expect(['0', '-1']).toContain(tabindex);
		const event = dataset.events.find((e) => e.id === id)!;
		const category = dataset.categories.find((c) => c.id === event.category)!;
		expect(when).toMatch(/\d{4}/);
		expect(name).toBe(`${when}: ${event.title} (${category.label})`);
	}
});

test('the event list names every event of the dataset when the whole timeline is in view', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('.event-list ol > li')).toHaveCount(dataset.events.length);
});
