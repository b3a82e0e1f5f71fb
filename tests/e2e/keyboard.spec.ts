import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineReady, viewDomain } from './helpers';

/** The data-event-id (or "cluster:"/"era:" id) of the focused element, or its tag name. */
async function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el) return 'none';
		const id = el.getAttribute('data-event-id');
		if (id) return id;
		const cluster = el.getAttribute('data-cluster-id');
		if (cluster) return `cluster:${cluster}`;
		const era = el.getAttribute('data-era-id');
		if (era) return `era:${era}`;
		return el.id ? `#${el.id}` : el.tagName.toLowerCase();
	});
}

const events = (
	JSON.parse(readFileSync('data/events.json', 'utf8')) as {
		events: { id: string; start: string }[];
	}
).events;
/** The event that starts last: the dataset's own order is not time order. */
const LAST = [...events].sort((a, b) => (a.start < b.start ? -1 : 1)).at(-1)!;

const span = (domain: [number, number]) => domain[1] - domain[0];

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
});

test('the timeline is one Tab stop: exactly one item takes Tab, and one Tab leaves it', async ({
	page
}) => {
	const stops = page.locator('[data-timeline] svg[data-canvas] [tabindex="0"]');
	await expect(stops).toHaveCount(1);
	await stops.focus();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('svg'))).toBe(false);
	await page.keyboard.press('Shift+Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('svg'))).toBe(true);
});

test('a reading task by keyboard alone', async ({ page }) => {
	// The skip link, then one Tab into the drawing.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const first = await focused(page);
	expect(first, 'an event has focus').toMatch(/^[a-z0-9-]+$/);

	// → and ← walk the events in time order.
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => focused(page)).not.toBe(first);
	const second = await focused(page);
	expect(second, 'the second item in time is an event').toMatch(/^[a-z0-9-]+$/);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => focused(page)).not.toBe(second);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => focused(page)).toBe(second);

	// Enter opens it; Escape closes the panel and focus comes back to the event.
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-event-detail="${second}"]`)).toBeVisible();
	await expect(page.locator('#detail-title')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-event-detail]')).toHaveCount(0);
	await expect.poll(() => focused(page)).toBe(second);

	// + zooms in around the focused event, which keeps focus; - and 0 zoom back out.
	const full = await viewDomain(page);
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect.poll(async () => span(await viewDomain(page))).toBeLessThan(span(full) / 3);
	await expect.poll(() => focused(page)).toBe(second);
	await page.keyboard.press('-');
	await page.keyboard.press('0');
	await expect.poll(async () => viewDomain(page)).toEqual(full);
	await expect.poll(() => focused(page)).toBe(second);

	// Back along the toolbar to the list view and into it, then back to the drawing.
	const toggle = page.getByRole('button', { name: 'List view' });
	for (let i = 0; i < 6 && !(await toggle.evaluate((node) => node === document.activeElement)); i++)
		await page.keyboard.press('Shift+Tab');
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-timeline] svg[data-canvas]')).toHaveCount(0);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator('.list-view li button').first()).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect.poll(() => focused(page)).toBe(second);
});

test('→ past the last event in view pans to the next one; End goes to the last event', async ({
	page
}) => {
	const full = await viewDomain(page);
	await page.locator('[data-timeline] svg[data-canvas] [tabindex="0"]').focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	await expect.poll(async () => span(await viewDomain(page))).toBeLessThan(span(full) / 10);
	await page.waitForTimeout(400);
	const before = await viewDomain(page);
	let moved = false;
	for (let i = 0; i < 40 && !moved; i++) {
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(60);
		moved = (await viewDomain(page))[0] > before[0];
	}
	expect(moved, 'the view followed focus to the right').toBe(true);
	await page.waitForTimeout(400);
	expect(span(await viewDomain(page))).toBeCloseTo(span(before), -3);
	expect(await focused(page)).not.toBe('body');

	await page.keyboard.press('End');
	const lastStart = Date.parse(LAST.start);
	await expect.poll(async () => (await viewDomain(page))[1]).toBeGreaterThan(lastStart);
	expect((await viewDomain(page))[0]).toBeLessThan(lastStart);
	await expect.poll(() => focused(page)).toMatch(new RegExp(`^(${LAST.id}|cluster:.*)$`));
});

test('Shift with an arrow pans, and focus stays on an event still in view', async ({ page }) => {
	const stop = page.locator('[data-timeline] svg[data-canvas] [tabindex="0"]');
	await stop.focus();
	await page.keyboard.press('+');
	for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
	await page.waitForTimeout(400);
	const id = await focused(page);
	const before = await viewDomain(page);
	await page.keyboard.press('Shift+ArrowLeft');
	await expect.poll(async () => (await viewDomain(page))[0]).toBeLessThan(before[0]);
	await page.waitForTimeout(400);
	expect(await focused(page)).toBe(id);
});

test('↑ and ↓ move between lanes and reach the era labels', async ({ page }) => {
	const stop = page.locator('[data-timeline] svg[data-canvas] [tabindex="0"]');
	await stop.focus();
	for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowUp');
	await expect.poll(() => focused(page)).toMatch(/^era:/);
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => focused(page)).not.toMatch(/^era:/);
});

test('an event that folds into a "+N" mark keeps focus there, and gets it back on zooming in', async ({
	page
}) => {
	const drawnWhole = new Set(
		await page
			.locator('[data-timeline] svg[data-canvas] [data-event-id]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')))
	);
	await page.goto('/?from=2013-07-01&to=2014-06-30');
	await timelineReady(page);
	const ids = await page
		.locator('[data-timeline] svg[data-canvas] [data-event-id]')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
	const folded = ids.find((id) => !drawnWhole.has(id));
	expect(folded, 'an event drawn here is folded in the whole view').toBeTruthy();
	await page.locator(`[data-event-id="${folded}"]`).focus();
	await page.keyboard.press('0');
	await expect.poll(() => focused(page), { timeout: 5000 }).toMatch(/^cluster:/);
	await page.keyboard.press('Enter');
	await expect.poll(() => focused(page), { timeout: 5000 }).toBe(folded);
});
