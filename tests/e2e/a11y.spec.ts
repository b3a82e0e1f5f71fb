import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ar } from '../../src/lib/i18n/locales/ar';
import { strings, type Strings } from '../../src/lib/i18n/strings';
import { timelineReady } from './helpers';

/** Every WCAG 2.0, 2.1 and 2.2 A and AA rule axe can check, and its experimental rules too. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'];

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
	then?: (page: Page, t: Strings) => Promise<void>;
}[] = [
	{ name: 'the timeline', path: '/' },
	{ name: 'the timeline on a phone, era labels shortened', path: '/', width: 390 },
	{ name: 'the embed', path: '/embed' },
	{ name: 'the panel open', path: '/?event=oslo-i-declaration-of-principles' },
	{ name: 'a story step', path: '/?story=talks-2013-2014&step=3' },
	{
		name: 'the list view with the panel open',
		path: '/?event=oslo-i-declaration-of-principles',
		then: async (page, t) => {
			await page.getByRole('button', { name: t.list.toggle }).click();
			await expect(page.locator('.list-view h3').first()).toBeVisible();
		}
	},
	{
		name: 'the embed in list view with its event list open',
		path: '/embed',
		then: async (page, t) => {
			await page.getByRole('button', { name: t.list.toggle }).click();
			await page.locator('.list-disclosure summary').click();
			await expect(page.locator('.list-view h3').first()).toBeVisible();
		}
	}
];

/** Light and dark, in English and in Arabic (a right-to-left page with translated dataset text). */
const READERS = [
	{ scheme: 'light', lang: 'en', t: strings },
	{ scheme: 'dark', lang: 'en', t: strings },
	{ scheme: 'light', lang: 'ar', t: ar },
	{ scheme: 'dark', lang: 'ar', t: ar }
] as const;

const withLang = (path: string, lang: string) =>
	lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

for (const { scheme, lang, t } of READERS) {
	test.describe(`${scheme}, ${lang}`, () => {
		// Pinned, so that a machine set to another theme or language checks the same page.
		test.use({ colorScheme: scheme, locale: 'en-GB' });

		for (const { name, path, width, then } of CASES) {
			test(`${name} (${path}) has no automatically detectable accessibility violations`, async ({
				page
			}) => {
				if (width) await page.setViewportSize({ width, height: 844 });
				await page.goto(withLang(path, lang));
				await timelineReady(page);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await then?.(page, t);
				expect(await violations(page)).toEqual([]);
			});
		}

		test('an event page has no automatically detectable accessibility violations', async ({
			page
		}) => {
			await page.goto(withLang('/events/oslo-i-declaration-of-principles', lang));
			await expect(page.locator('[data-event-page]')).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			expect(await violations(page)).toEqual([]);
		});
	});
}

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
