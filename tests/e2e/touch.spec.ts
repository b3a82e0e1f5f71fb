import { expect, test } from './fixtures';
import { timelineReady, viewDomain } from './helpers';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

type Point = { x: number; y: number };

test('a two-finger pinch zooms in and a two-finger drag pans', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	const box = await page.locator('[data-timeline] .canvas svg').boundingBox();
	if (!box) throw new Error('timeline not laid out');
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: points.map((point, id) => ({ ...point, id }))
		});
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	/** Moves two fingers from `from` to `to` (each a pair of x offsets from the centre) in steps. */
	async function gesture(from: [number, number], to: [number, number], shift = 0) {
		const at = (t: number): Point[] => [
			{ x: cx + from[0] + (to[0] - from[0]) * t + shift * t, y: cy },
			{ x: cx + from[1] + (to[1] - from[1]) * t + shift * t, y: cy }
		];
		await touch('touchStart', at(0));
		for (let i = 1; i <= 10; i++) await touch('touchMove', at(i / 10));
		await touch('touchEnd', []);
	}

	const full = await viewDomain(page);
	await gesture([-30, 30], [-120, 120]);
	const pinched = await viewDomain(page);
	expect(pinched[1] - pinched[0]).toBeLessThan((full[1] - full[0]) / 2);

	await gesture([-60, 60], [-60, 60], 100);
	const panned = await viewDomain(page);
	expect(panned[0]).toBeLessThan(pinched[0]);
	expect(Math.abs(panned[1] - panned[0] - (pinched[1] - pinched[0]))).toBeLessThan(60_000);
});

test('tapping a mark on a touch screen opens its details', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	const mark = page.locator('[data-timeline] [data-event-id]').first();
	const id = await mark.getAttribute('data-event-id');
	await mark.tap();
	await expect(page.locator(`[data-event-detail="${id}"]`)).toBeVisible();
});
