import { expect, test } from './fixtures';
import { timelineReady, viewDomain, visibleEventIds } from './helpers';

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
});

async function centre(page: import('@playwright/test').Page) {
	const box = await page.locator('[data-timeline] .canvas svg').boundingBox();
	if (!box) throw new Error('timeline not laid out');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('wheel zoom narrows the axis domain and changes the visible events', async ({ page }) => {
	const before = await viewDomain(page);
	const idsBefore = await visibleEventIds(page);
	const { x, y } = await centre(page);
	await page.mouse.move(x, y);
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -100);
	await expect
		.poll(async () => (await viewDomain(page))[1] - (await viewDomain(page))[0])
		.toBeLessThan((before[1] - before[0]) / 3);
	const idsAfter = await visibleEventIds(page);
	expect(idsAfter).not.toEqual(idsBefore);
});

test('dragging pans the view: the span stays and the start moves back in time', async ({
	page
}) => {
	const { x, y } = await centre(page);
	await page.mouse.move(x, y);
	for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -100);
	await page.waitForTimeout(100);
	const before = await viewDomain(page);
	await page.mouse.move(x, y + 150);
	await page.mouse.down();
	await page.mouse.move(x + 200, y + 150, { steps: 10 });
	await page.mouse.up();
	const after = await viewDomain(page);
	expect(after[0]).toBeLessThan(before[0]);
	expect(Math.abs(after[1] - after[0] - (before[1] - before[0]))).toBeLessThan(60_000);
});

test('keyboard + and 0 zoom in and back out to the whole timeline', async ({ page }) => {
	const full = await viewDomain(page);
	await page.locator('[data-timeline] [data-event-id]').first().focus();
	await page.keyboard.press('+');
	await expect
		.poll(async () => (await viewDomain(page))[1] - (await viewDomain(page))[0])
		.toBeLessThan((full[1] - full[0]) * 0.6);
	await page.keyboard.press('0');
	await expect.poll(async () => viewDomain(page)).toEqual(full);
});
