import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineReady, viewDomain } from './helpers';

/** Each option of /embed's address, seen on the page it gives. */

const DARK_PAPER = 'rgb(18, 20, 23)';
const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: Page, selector = ':root') =>
	page.evaluate((s) => getComputedStyle(document.querySelector(s)!).backgroundColor, selector);

test('theme=dark paints the embed in the dark palette, whatever the system’s', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/embed?theme=dark');
	await timelineReady(page);
	expect(await theme(page)).toBe('dark');
	expect(await background(page)).toBe(DARK_PAPER);
	expect(await background(page, '[data-timeline] .canvas')).toBe(DARK_PAPER);
	expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(
		'rgb(230, 233, 236)'
	);
});

test('an embed is light by default, even on a dark system', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/embed');
	await timelineReady(page);
	expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('a dark embed is dark before the app has started', async ({ page }) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/embed?theme=dark', { waitUntil: 'domcontentloaded' });
	expect(await page.evaluate(() => performance.getEntriesByName('timeline-ready').length)).toBe(0);
	expect(
		await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
	).toBe(DARK_PAPER);
	release();
	await timelineReady(page);
});

test('theme=auto follows the reader’s system setting', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/embed?theme=auto');
	await timelineReady(page);
	expect(await background(page)).toBe(DARK_PAPER);
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('controls=0 leaves out the search, stories and zoom buttons; keys still zoom', async ({
	page
}) => {
	await page.goto('/embed?controls=0');
	await timelineReady(page);
	await expect(page.getByRole('searchbox')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Stories' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /open full view/i })).toBeVisible();
	const [start, end] = await viewDomain(page);
	await page.locator('[data-timeline] [data-event-id]').first().focus();
	await page.keyboard.press('+');
	await expect
		.poll(async () => (await viewDomain(page)).reduce((a, b) => b - a))
		.toBeLessThan((end - start) * 0.6);
});

test('overview=0, list=0 and title=0 leave out the overview, the list and the title', async ({
	page
}) => {
	await page.goto('/embed');
	await timelineReady(page);
	await expect(page.locator('[data-overview]')).toBeVisible();
	await expect(page.locator('.list-disclosure')).toBeVisible();
	await expect(page.locator('.embed-header')).toBeVisible();
	await page.goto('/embed?overview=0&list=0&title=0');
	await timelineReady(page);
	await expect(page.locator('[data-overview]')).toHaveCount(0);
	await expect(page.locator('.list-disclosure')).toHaveCount(0);
	await expect(page.locator('.embed-header')).toHaveCount(0);
	await expect(page.locator('[data-timeline] .canvas svg')).toBeVisible();
});

test('options the embed does not understand are named in the notice, and the rest apply', async ({
	page
}) => {
	await page.goto('/embed?theme=sepia&lang=fr&overview=0&height=tall');
	await timelineReady(page);
	const notice = page.locator('.notice');
	await expect(notice).toContainText('theme=“sepia” is not understood');
	await expect(notice).toContainText('not available in “fr”');
	await expect(notice).toContainText('height=“tall” is not understood');
	await expect(page.locator('[data-overview]')).toHaveCount(0);
	expect(await theme(page)).toBe('light');
});

test('“Open full view” keeps the view, the search and filters and the open event, not the options', async ({
	page
}) => {
	await page.goto(
		'/embed?from=1990-01-01&to=2000-01-01&category=agreement&q=oslo&event=oslo-i-declaration-of-principles&theme=dark&controls=0'
	);
	await timelineReady(page);
	await expect(page.locator('[data-event-detail]')).toBeVisible();
	await expect(page.getByRole('link', { name: /open full view/i })).toHaveAttribute(
		'href',
		'/?from=1990-01-01&to=2000-01-01&q=oslo&category=agreement&event=oslo-i-declaration-of-principles'
	);
});

test('opening events in an embed adds no history entries to the host’s', async ({ page }) => {
	await page.goto('/embed');
	await timelineReady(page);
	const length = await page.evaluate(() => history.length);
	for (const mark of (await page.locator('[data-timeline] [data-event-id]').all()).slice(0, 3)) {
		await mark.click();
	}
	await expect(page).toHaveURL(/event=/);
	expect(await page.evaluate(() => history.length)).toBe(length);
});
