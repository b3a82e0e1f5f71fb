import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

const background = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the page follows the system’s dark preference when the reader has not chosen', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	expect(await background(page)).toBe('rgb(18, 20, 23)');
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('the reader’s theme is applied, remembered across pages, and Automatic forgets it', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	await page.getByLabel('Theme').selectOption('dark');
	expect(await background(page)).toBe('rgb(18, 20, 23)');
	await page.goto('/events/oslo-i-declaration-of-principles');
	expect(await background(page)).toBe('rgb(18, 20, 23)');
	await expect(page.getByLabel('Theme')).toHaveValue('dark');
	await page.getByLabel('Theme').selectOption('auto');
	await page.reload();
	expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('an embed ignores the site’s remembered theme', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Theme').selectOption('dark');
	await page.goto('/embed');
	// Its own theme, light unless its address says otherwise: the host page decides.
	expect(await background(page)).toBe('rgb(255, 255, 255)');
});
