import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

/**
 * Forced colours (Windows high contrast): browsers leave SVG fill and stroke alone, so unless the
 * stylesheet gives marks system colours they keep the dataset's, which the reader's theme may hide.
 */
test.use({ locale: 'en-GB' });

/** A system colour as the browser resolves it in this theme, to compare computed colours with. */
async function system(page: Page, name: string): Promise<string> {
	return page.evaluate((colour) => {
		const probe = document.createElement('span');
		probe.style.color = colour;
		probe.style.forcedColorAdjust = 'none';
		document.body.append(probe);
		const value = getComputedStyle(probe).color;
		probe.remove();
		return value;
	}, name);
}

async function paint(page: Page, selector: string) {
	return page
		.locator(selector)
		.first()
		.evaluate((element) => {
			const style = getComputedStyle(element);
			return { fill: style.fill, stroke: style.stroke, outline: style.outlineStyle };
		});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`in forced colours, ${colorScheme}: marks, the selected mark and the focused mark are drawn in system colours`, async ({
		page
	}) => {
		await page.emulateMedia({ forcedColors: 'active', colorScheme });
		await page.goto('/?event=oslo-i-declaration-of-principles');
		await timelineReady(page);
		const [text, canvas, highlight] = await Promise.all(
			['CanvasText', 'Canvas', 'Highlight'].map((name) => system(page, name))
		);
		expect(text, 'the theme tells text from its background').not.toBe(canvas);

		const mark = await paint(page, '.canvas .mark:not(.selected) .dot');
		expect(mark.fill, 'a point mark is drawn in the text colour').toBe(text);
		const bar = await paint(page, '.canvas .mark:not(.selected) .bar');
		expect(bar, 'a bar is outlined in the text colour').toMatchObject({
			fill: canvas,
			stroke: text
		});
		expect((await paint(page, '.canvas .mark:not(.selected) .glyph')).fill).toBe(text);

		const selected = await paint(page, '.canvas .mark.selected .dot');
		expect(selected.fill, 'the selected mark is filled with Highlight').toBe(highlight);

		expect((await paint(page, '.canvas .era-band')).stroke, 'era bands keep an edge').not.toBe(
			'none'
		);
		expect((await paint(page, '.overview .brush .selection')).fill).toBe(highlight);

		// Focus by keyboard, as a reader moving through the drawing would.
		await page.locator('.canvas [tabindex="0"]').focus();
		await page.keyboard.press('Home');
		const focused = page.locator('.canvas .mark:focus-visible');
		await expect(focused).toHaveCount(1);
		const ring = await focused.evaluate((element) => {
			const style = getComputedStyle(element);
			const shape = element.querySelector('.dot, .bar');
			return {
				outline: style.outlineStyle,
				outlineColor: style.outlineColor,
				stroke: shape ? getComputedStyle(shape).stroke : 'none'
			};
		});
		expect(ring).toEqual({ outline: 'solid', outlineColor: highlight, stroke: highlight });
	});
}

test('in forced colours a pressed filter chip and the list view toggle still show they are pressed', async ({
	page
}) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await page.goto('/?category=war');
	await timelineReady(page);
	await page.getByRole('button', { name: 'List view' }).click();
	await page.getByRole('button', { name: /^Filters/ }).click();
	const highlight = await system(page, 'Highlight');
	const backgrounds = await page
		.locator('[aria-pressed="true"]:is(.chip, .view-toggle)')
		.evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).backgroundColor));
	expect(backgrounds.length).toBeGreaterThanOrEqual(2);
	for (const background of backgrounds) expect(background).toBe(highlight);
});
