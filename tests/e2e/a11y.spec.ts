import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

/** Every WCAG 2.0, 2.1 and 2.2 A and AA rule axe can check, and its experimental rules too. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'];

// The light theme in English, pinned so that a machine set to dark mode or another language
// checks the same page.
test.use({ colorScheme: 'light', locale: 'en-GB' });

async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.nodes
				.map((node) => node.target.join(' '))
				.slice(0, 3)
				.join(', ')}`
	);
}

/** Each way the timeline is seen, and how to get there from the address. */
const CASES: {
	name: string;
	path: string;
	width?: number;
	then?: (page: Page) => Promise<void>;
}[] = [
	{ name: 'the timeline', path: '/' },
	{ name: 'the timeline on a phone, era labels shortened', path: '/', width: 390 },
	{ name: 'the embed', path: '/embed' },
	{ name: 'the embed in its dark theme', path: '/embed?theme=dark' },
	{ name: 'the panel open', path: '/?event=oslo-i-declaration-of-principles' },
	{
		name: 'the panel open in the dark theme, with shapes in the legend and the panel',
		path: '/?event=oslo-i-declaration-of-principles',
		then: async (page) => {
			await page.emulateMedia({ colorScheme: 'dark' });
		}
	},
	{
		name: 'the list view in the dark theme',
		path: '/',
		then: async (page) => {
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.getByRole('button', { name: 'List view' }).click();
			await expect(page.locator('.list-view h3').first()).toBeVisible();
		}
	},
	{
		name: 'the list view with the panel open',
		path: '/?event=oslo-i-declaration-of-principles',
		then: async (page) => {
			await page.getByRole('button', { name: 'List view' }).click();
			await expect(page.locator('.list-view h3').first()).toBeVisible();
		}
	},
	{
		name: 'the embed in list view with its event list open',
		path: '/embed',
		then: async (page) => {
			await page.getByRole('button', { name: 'List view' }).click();
			await page.locator('.list-disclosure summary').click();
			await expect(page.locator('.list-view h3').first()).toBeVisible();
		}
	}
];

for (const { name, path, width, then } of CASES) {
	test(`${name} (${path}) has no automatically detectable accessibility violations`, async ({
		page
	}) => {
		if (width) await page.setViewportSize({ width, height: 844 });
		await page.goto(path);
		await timelineReady(page);
		await then?.(page);
		expect(await violations(page)).toEqual([]);
	});
}

test('an event page has no automatically detectable accessibility violations', async ({ page }) => {
	await page.goto('/events/oslo-i-declaration-of-principles');
	await expect(page.locator('[data-event-page]')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('an event page in the dark theme has no automatically detectable accessibility violations', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/events/oslo-i-declaration-of-principles');
	await expect(page.locator('[data-event-page] .category-glyph')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('each era label’s accessible name holds its visible text, however shortened', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	const labels = await page
		.locator('[data-timeline] svg[data-canvas] .era-label')
		.evaluateAll((nodes) =>
			nodes.map((node) => ({
				text: node.textContent ?? '',
				name: node.getAttribute('aria-label') ?? ''
			}))
		);
	expect(
		labels.some(({ text }) => text.endsWith('…')),
		'some label is shortened'
	).toBe(true);
	for (const { text, name } of labels) expect(name).toContain(text.replace(/…$/, ''));
});
