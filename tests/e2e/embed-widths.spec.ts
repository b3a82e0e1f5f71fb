import { expect, test } from './fixtures';
import { APP_ORIGIN, frameOf, serve, type Served, timelineReady } from './helpers';
import { clipped, collisions, textBoxes } from './text-boxes';

/**
 * The embed in a narrow phone column and a wide desktop one, auto-sized by embed.js: nothing
 * scrolls sideways, and no label overlaps another or is cut off, in the drawing or around it.
 */
const WIDTHS = [320, 1200];
let host: Served;

test.beforeAll(async () => {
	host = await serve(
		Object.fromEntries(
			WIDTHS.map((width) => [
				`/${width}`,
				{
					type: 'text/html',
					body:
						`<!doctype html><meta charset="utf-8"><title>Host</title><body style="margin:0">` +
						`<iframe title="Timeline" src="${APP_ORIGIN}/embed" style="width:${width}px;border:0"></iframe>` +
						`<script async src="${APP_ORIGIN}/embed.js"></script></body>`
				}
			])
		)
	);
});

test.afterAll(async () => host.close());

for (const width of WIDTHS) {
	test(`at ${width} px the embed has no horizontal scrollbar and no overlapping or clipped labels`, async ({
		page
	}) => {
		await page.setViewportSize({ width: Math.max(width, 400), height: 900 });
		await page.goto(`${host.origin}/${width}`);
		const frame = await frameOf(page.locator('iframe'));
		await timelineReady(frame);
		// Open an event, so the panel's labels are checked too, and let the iframe take its height.
		await frame.locator('[data-timeline] [data-event-id]').first().click();
		await expect(frame.locator('[data-event-detail]')).toBeVisible();
		const inner = () => frame.evaluate(() => document.documentElement.scrollHeight);
		const outer = () => page.locator('iframe').evaluate((el) => el.clientHeight);
		await expect.poll(async () => (await outer()) - (await inner())).toBe(0);

		const sideways = await frame.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			clientWidth: document.documentElement.clientWidth
		}));
		expect(sideways.scrollWidth).toBeLessThanOrEqual(sideways.clientWidth);

		const { boxes, frame: edge } = await textBoxes(frame.locator('[data-timeline] .canvas svg'));
		expect(boxes.length).toBeGreaterThan(0);
		expect(clipped(boxes, edge)).toEqual([]);
		expect(collisions(boxes)).toEqual([]);

		// Labels around the drawing: each fits its box, inside the page, clear of its neighbours.
		const labels = await frame.evaluate(() => {
			const selector =
				'.embed-header, .explore button, .explore input, .legend li, .full-view, .zoom-controls button, summary, .detail h2, .detail .when, .detail button';
			return [...document.querySelectorAll<HTMLElement>(selector)].map((el) => {
				const r = el.getBoundingClientRect();
				return {
					text: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName,
					left: r.left,
					right: r.right,
					top: r.top,
					bottom: r.bottom,
					cut: el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible'
				};
			});
		});
		const pageWidth = sideways.clientWidth;
		expect(
			labels.filter((l) => l.left < 0 || l.right > pageWidth + 0.5).map((l) => l.text)
		).toEqual([]);
		expect(labels.filter((l) => l.cut).map((l) => l.text)).toEqual([]);
		expect(collisions(labels)).toEqual([]);
	});
}
