import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
});

test('the list view groups the events by era and year, in time order, in the drawing’s box', async ({
	page
}) => {
	const canvas = page.locator('[data-timeline] .canvas');
	const before = await canvas.boundingBox();
	await page.getByRole('button', { name: 'List view' }).click();
	const list = page.locator('.list-view');
	await expect(list.getByRole('heading', { level: 3, name: 'First Intifada' })).toBeVisible();
	await expect(list.getByRole('heading', { level: 4, name: '1948' }).first()).toBeVisible();
	expect(await canvas.boundingBox()).toEqual(before);
	const starts = await list
		.locator('li time')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
	expect(starts.length).toBeGreaterThan(100);
	expect(starts).toEqual([...starts].sort());
});

test('the list view shares the panel: opening, walking and closing come back to the list', async ({
	page
}) => {
	await page.getByRole('button', { name: 'List view' }).click();
	const item = page.locator('.list-view li').nth(3);
	const id = await item.getAttribute('data-list-view-event-id');
	await item.getByRole('button').click();
	await expect(page.locator(`[data-event-detail="${id}"]`)).toBeVisible();
	await expect(item.getByRole('button')).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('ArrowRight');
	const next = await page.locator('.list-view li').nth(4).getAttribute('data-list-view-event-id');
	await expect(page.locator(`[data-event-detail="${next}"]`)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-event-detail]')).toHaveCount(0);
	await expect(page.locator(`.list-view [data-list-view-event-id="${next}"] button`)).toBeFocused();
});

test('the choice of view is remembered across visits', async ({ page }) => {
	await page.getByRole('button', { name: 'List view' }).click();
	await page.reload();
	await timelineReady(page);
	await expect(page.getByRole('button', { name: 'List view' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.locator('.list-view')).toBeVisible();
	await page.getByRole('button', { name: 'List view' }).click();
	await page.reload();
	await timelineReady(page);
	await expect(page.locator('[data-timeline] svg[data-canvas]')).toBeVisible();
	await expect(page.locator('.list-view')).toHaveCount(0);
});

test('the view toggle, the list and the skip links speak the page’s language', async ({ page }) => {
	await page.goto('/?lang=he');
	await timelineReady(page);
	await page.getByRole('button', { name: 'תצוגת רשימה' }).click();
	await expect(page.locator('.list-view h2')).toContainText('כל האירועים');
	await expect(page.getByRole('link', { name: 'דילוג לציר הזמן' })).toBeAttached();
});
