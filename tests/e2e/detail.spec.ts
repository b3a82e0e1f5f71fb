import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
});

test('clicking a mark opens its details with date, summary and sources', async ({ page }) => {
	const mark = page.locator('[data-timeline] [data-event-id]').first();
	const id = await mark.getAttribute('data-event-id');
	await mark.click();
	const panel = page.locator(`[data-event-detail="${id}"]`);
	await expect(panel).toBeVisible();
	await expect(panel.locator('time')).not.toBeEmpty();
	await expect(panel.locator('.summary')).not.toBeEmpty();
	const hrefs = await panel
		.locator('.sources a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
});

test('Enter on a focused mark opens its details and Escape closes them, returning focus', async ({
	page
}) => {
	const mark = page.locator('[data-timeline] [data-event-id]').nth(2);
	const id = await mark.getAttribute('data-event-id');
	await mark.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-event-detail="${id}"]`)).toBeVisible();
	await expect(page.locator('#detail-title')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-event-detail]')).toHaveCount(0);
	await expect(page.locator(`[data-event-id="${id}"]`)).toBeFocused();
});
