import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

/**
 * WCAG 1.4.4, resize text: with the browser's default font size doubled (16 px to 32 px, as a
 * reader sets it), text is neither clipped nor overlapping and every control stays reachable.
 */
test.use({ locale: 'en-GB' });

async function doubleTextSize(page: Page): Promise<void> {
	const session = await page.context().newCDPSession(page);
	await session.send('Page.enable');
	await session.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/**
 * What breaks in the controls and text blocks of `root`: a box whose content overflows it, one
 * that reaches past the viewport's sides, and pairs of controls that overlap.
 */
async function problems(page: Page, root: string): Promise<string[]> {
	return page.locator(root).evaluate((element) => {
		const found: string[] = [];
		const width = document.documentElement.clientWidth;
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
		const visible = (el: Element) => {
			const box = el.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
		};
		const controls = [
			...element.querySelectorAll('button, a, summary, select, input, label:not(.visually-hidden)')
		].filter((el) => visible(el) && !el.closest('svg, .visually-hidden'));
		for (const el of controls) {
			const box = el.getBoundingClientRect();
			if (box.left < -0.5 || box.right > width + 0.5) found.push(`${name(el)} outside the page`);
			if (el.tagName === 'BUTTON' && el.scrollHeight > el.clientHeight + 1)
				found.push(`${name(el)} clipped: ${el.scrollHeight} in ${el.clientHeight}`);
		}
		for (let i = 0; i < controls.length; i++) {
			for (let j = i + 1; j < controls.length; j++) {
				const a = controls[i]!;
				const b = controls[j]!;
				if (a.contains(b) || b.contains(a)) continue;
				const p = a.getBoundingClientRect();
				const q = b.getBoundingClientRect();
				if (
					p.left < q.right - 1 &&
					q.left < p.right - 1 &&
					p.top < q.bottom - 1 &&
					q.top < p.bottom - 1
				)
					found.push(`${name(a)} overlaps ${name(b)}`);
			}
		}
		return found;
	});
}

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`at 200% text, ${viewport.width} px: nothing overflows, overlaps or is out of reach`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await doubleTextSize(page);
		await page.goto('/?event=oslo-i-declaration-of-principles');
		await timelineReady(page);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
			'32px'
		);
		const scroll = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			document.documentElement.clientWidth
		]);
		expect(scroll[0], 'the page does not scroll sideways').toBeLessThanOrEqual(scroll[1]!);
		expect(await problems(page, '[data-timeline] .explore')).toEqual([]);
		expect(await problems(page, '[data-timeline] .toolbar')).toEqual([]);
		expect(await problems(page, '[data-timeline] .detail')).toEqual([]);

		// The panel's heading stays clear of its close button.
		const close = await page.getByRole('button', { name: 'Close' }).boundingBox();
		const heading = await page.locator('#detail-title').boundingBox();
		expect(close && heading && close.x >= heading.x + heading.width - 1).toBe(true);

		// Every control still works: the list view opens, and is read the same way.
		await page.getByRole('button', { name: 'List view' }).click();
		await expect(page.locator('.list-view li').first()).toBeVisible();
		expect(await problems(page, '[data-timeline] .list-view')).toEqual([]);
		expect(await problems(page, '[data-timeline] .toolbar')).toEqual([]);
	});
}

test('at 200% text an event page fits a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await doubleTextSize(page);
	await page.goto('/events/oslo-i-declaration-of-principles');
	await expect(page.locator('[data-event-page]')).toBeVisible();
	const scroll = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(scroll[0]).toBeLessThanOrEqual(scroll[1]!);
	expect(await problems(page, '[data-event-page]')).toEqual([]);
});
