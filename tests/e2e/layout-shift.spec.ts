import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

/**
 * No layout shift while a page loads and hydrates: the prerendered timeline keeps its box until
 * the live one is drawn in the same box, so nothing below it moves. Checked from the narrowest
 * phone to a wide desktop, including widths where the prerendered layouts (drawn for 390 and
 * 1,280 px) do not fit exactly.
 */
const WIDTHS = [320, 360, 412, 600, 768, 1024, 1280, 1920];

declare global {
	interface Window {
		layoutShifts?: { value: number; sources: string[] }[];
	}
}

/** Runs before any page script: records every layout shift of the page from its first paint. */
function observeLayoutShifts(): void {
	window.layoutShifts = [];
	const describe = (node: Node | null) =>
		node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & {
			value: number;
			sources?: { node: Node | null }[];
		})[]) {
			window.layoutShifts?.push({
				value: entry.value,
				sources: (entry.sources ?? []).map((source) => describe(source.node))
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

for (const path of ['/', '/embed']) {
	for (const width of WIDTHS) {
		test(`${path} loads and hydrates at ${width} px without moving anything`, async ({ page }) => {
			await page.setViewportSize({ width, height: width < 768 ? 823 : 900 });
			await page.addInitScript(observeLayoutShifts);
			await page.goto(path);
			await timelineReady(page);
			// Shifts are reported after the frame that paints them: let a few frames pass.
			await page.evaluate(
				() =>
					new Promise<void>((resolve) => {
						let frames = 5;
						const tick = () => (--frames > 0 ? requestAnimationFrame(tick) : resolve());
						requestAnimationFrame(tick);
					})
			);
			const shifts = await page.evaluate(() => window.layoutShifts ?? []);
			const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
			expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBe(0);
			// The live timeline is drawn at its measured size, not squeezed into the box.
			const svg = page.locator('[data-timeline] .canvas svg');
			const box = await svg.boundingBox();
			expect(Math.abs((box?.height ?? 0) - Number(await svg.getAttribute('height')))).toBeLessThan(
				1
			);
			expect(Math.abs((box?.width ?? 0) - Number(await svg.getAttribute('width')))).toBeLessThan(1);
		});
	}
}

/**
 * A reader who chose the list gets it once the page is interactive, read from storage after
 * hydration; it takes the drawing's box, so nothing moves then either.
 */
for (const width of [390, 1280]) {
	test(`/ switches to the remembered list view at ${width} px without moving anything`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: width < 768 ? 823 : 900 });
		await page.addInitScript(() => localStorage.setItem('timeline-view', 'list'));
		await page.addInitScript(observeLayoutShifts);
		await page.goto('/');
		await timelineReady(page);
		await expect(page.locator('.list-view')).toBeVisible();
		await page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
		);
		const shifts = await page.evaluate(() => window.layoutShifts ?? []);
		expect(shifts.reduce((sum, shift) => sum + shift.value, 0)).toBe(0);
	});
}
