import { expect, test } from './fixtures';
import { timelineReady, viewDomain } from './helpers';

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
});

test('dragging the overview brush moves the main view by the same time span', async ({ page }) => {
	await page
		.locator('[data-timeline]')
		.getByRole('button', { name: 'Zoom in', exact: true })
		.click();
	await page
		.locator('[data-timeline]')
		.getByRole('button', { name: 'Zoom in', exact: true })
		.click();
	await page.waitForTimeout(400);
	const before = await viewDomain(page);
	const selection = page.locator('[data-overview] .brush .selection');
	await selection.scrollIntoViewIfNeeded();
	const box = await selection.boundingBox();
	if (!box) throw new Error('brush not drawn');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	const after = await viewDomain(page);
	const full = await page
		.locator('[data-overview]')
		.evaluate((svg) => svg.getBoundingClientRect().width);
	// Two zoom-ins show a quarter of the whole: 100 px of overview is 100/width of four views.
	const moved = after[0] - before[0];
	const expected = (100 / full) * ((before[1] - before[0]) * 4);
	expect(moved).toBeGreaterThan(0);
	expect(Math.abs(moved - expected) / expected).toBeLessThan(0.02);
	expect(after[1] - after[0]).toBeCloseTo(before[1] - before[0], -4);
});

test('zooming the main view resizes the brush', async ({ page }) => {
	const selection = page.locator('[data-overview] .brush .selection');
	const wide = (await selection.boundingBox())?.width ?? 0;
	await page
		.locator('[data-timeline]')
		.getByRole('button', { name: 'Zoom in', exact: true })
		.click();
	await expect
		.poll(async () => (await selection.boundingBox())?.width ?? 0)
		.toBeLessThan(wide * 0.6);
});
