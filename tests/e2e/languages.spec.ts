import type { Page } from '@playwright/test';
import { he } from '../../src/lib/i18n/locales/he';
import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

const SIX_DAY_WAR = 'six-day-war-1967';

/** Horizontal centres of the axis labels, in their drawn order, with their text. */
async function axisLabels(page: Page): Promise<{ text: string; x: number }[]> {
	return page
		.locator(
			'[data-timeline] svg[data-canvas] .tick-label, [data-timeline] svg[data-canvas] .major-label'
		)
		.evaluateAll((nodes) =>
			nodes.map((node) => {
				const box = node.getBoundingClientRect();
				return { text: node.textContent ?? '', x: box.x + box.width / 2 };
			})
		);
}

test('in Arabic the page mirrors, the dataset speaks Arabic where it is translated and says which text is not', async ({
	page
}) => {
	await page.goto(`/?lang=ar&event=${SIX_DAY_WAR}`);
	await timelineReady(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('h1')).toHaveText('الصراع الفلسطيني الإسرائيلي، 1947–2023');

	const panel = page.locator(`[data-event-detail="${SIX_DAY_WAR}"]`);
	await expect(panel.locator('#detail-title')).toHaveText('حرب 1967 (النكسة)');
	await expect(panel.locator('#detail-title')).toHaveAttribute('lang', 'ar');
	await expect(panel.locator('.summary')).toHaveAttribute('lang', 'ar');
	// The description is not translated: it stays English and says so.
	await expect(panel.locator('.description').first()).toHaveAttribute('lang', 'en-GB');
	// The Arabic names are sourced, after the event's own sources.
	await expect(
		panel.getByRole('link', { name: 'ماذا تعرف عن حرب النكسة والتي تصادف اليوم' })
	).toBeVisible();
	// Dates are written in Arabic.
	await expect(panel.locator('time').first()).toContainText('يونيو');

	// Categories and the mark's name follow.
	await expect(page.locator('.legend')).toContainText('الحرب والعنف');
	await expect(page.locator(`[data-event-id="${SIX_DAY_WAR}"]`)).toHaveAttribute(
		'aria-label',
		/حرب 1967 \(النكسة\)/
	);
});

test('the time axis runs left to right in a right-to-left page, and → still goes later', async ({
	page
}) => {
	await page.goto('/?lang=he');
	await timelineReady(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const labels = (await axisLabels(page)).filter(({ text }) => /^\d{4}$/.test(text));
	expect(labels.length).toBeGreaterThan(3);
	const years = [...labels].sort((a, b) => a.x - b.x).map(({ text }) => Number(text));
	expect(years).toEqual([...years].sort((a, b) => a - b));

	const stop = page.locator('[data-timeline] svg[data-canvas] [tabindex="0"]');
	await stop.focus();
	const first = await stop.getAttribute('data-event-id');
	await page.keyboard.press('ArrowRight');
	const next = page.locator('[data-timeline] svg[data-canvas] [tabindex="0"]');
	await expect(next).not.toHaveAttribute('data-event-id', first ?? '');
	const [a, b] = await Promise.all([
		page.locator(`[data-event-id="${first}"]`).evaluate((node) => node.getBoundingClientRect().x),
		next.evaluate((node) => node.getBoundingClientRect().x)
	]);
	expect(b).toBeGreaterThanOrEqual(a);
});

test.describe('a browser set to Hebrew', () => {
	test.use({ locale: 'he-IL' });

	test('gets the Hebrew interface and dataset without asking', async ({ page }) => {
		await page.goto(`/?event=${SIX_DAY_WAR}`);
		await timelineReady(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'he');
		await expect(page.locator('#detail-title')).toHaveText('מלחמת ששת הימים');
		await expect(page.getByRole('button', { name: he.list.toggle })).toBeVisible();
	});
});

test('a regional tag that writes Arabic-Indic digits gets them in dates and counts', async ({
	page
}) => {
	await page.goto('/?lang=ar-EG&story=talks-2013-2014&step=2');
	await timelineReady(page);
	await expect(page.locator('.step-position')).toHaveText('الخطوة ٢ من ١١');
	await expect
		.poll(async () => (await axisLabels(page)).some(({ text }) => /[٠-٩]{4}/.test(text)))
		.toBe(true);
	expect((await axisLabels(page)).some(({ text }) => /[0-9]{4}/.test(text))).toBe(false);
	// The clusters' "+N" and the list's count are counts too.
	await page.goto('/?lang=ar-EG');
	await timelineReady(page);
	await expect(page.locator('.cluster text').first()).toHaveText(/^\u061c\+[٠-٩]+$/);
	await expect(page.locator('.event-list h2 .count')).toHaveText(/^\([٠-٩]+\)$/);
});

test('an event’s own page speaks the reader’s language, and keeps English for search engines', async ({
	page
}) => {
	await page.goto(`/events/${SIX_DAY_WAR}?lang=he`);
	await expect(page.locator('h1')).toHaveText('מלחמת ששת הימים');
	await expect(page.locator('h1')).toHaveAttribute('lang', 'he');
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
		'content',
		/^Six-Day War/
	);
});

test('the embed’s lang option translates its title too', async ({ page }) => {
	await page.goto('/embed?lang=he');
	await timelineReady(page);
	await expect(page.locator('.embed-header')).toHaveText('הסכסוך הישראלי-פלסטיני, 1947–2023');
});
