import { type Browser } from '@playwright/test';
import { expect, test, type Problems } from './fixtures';
import { timelineReady } from './helpers';

/**
 * Hydration without a visible jump: every event mark the prerendered page shows (JavaScript off)
 * is at the same place once the page is interactive, on a desktop and on a phone.
 */
async function markBoxes(
	browser: Browser,
	problems: Problems,
	width: number,
	height: number,
	javaScriptEnabled: boolean
) {
	const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled });
	problems.watch(context, { javaScriptEnabled });
	const page = await context.newPage();
	await page.goto('/');
	if (javaScriptEnabled) {
		await timelineReady(page);
		await page.waitForTimeout(200);
	}
	const boxes = await page.locator('[data-timeline] [data-event-id]').evaluateAll((marks) =>
		marks
			.map((mark) => {
				const r = mark.getBoundingClientRect();
				return {
					id: mark.getAttribute('data-event-id') ?? '',
					x: r.x,
					y: r.y,
					w: r.width,
					h: r.height
				};
			})
			.filter((box) => box.w > 0 && box.h > 0)
	);
	await context.close();
	return boxes;
}

for (const [width, height] of [
	[1280, 800],
	[390, 844]
]) {
	test(`marks stay where the prerendered page drew them at ${width}×${height}`, async ({
		browser,
		problems
	}) => {
		const before = await markBoxes(browser, problems, width!, height!, false);
		const after = await markBoxes(browser, problems, width!, height!, true);
		expect(before.length).toBeGreaterThan(10);
		expect(after.map((box) => box.id).sort()).toEqual(before.map((box) => box.id).sort());
		const moved = before.filter((box) => {
			const same = after.find((other) => other.id === box.id);
			return (
				!same ||
				Math.abs(same.x - box.x) > 1 ||
				Math.abs(same.y - box.y) > 1 ||
				Math.abs(same.w - box.w) > 1
			);
		});
		expect(moved.map((box) => box.id)).toEqual([]);
	});
}

for (const path of ['/', '/embed']) {
	test(`${path} carries no dataset for hydration: it hydrates with /timeline.json, fetched once from its head`, async ({
		page,
		request
	}) => {
		const html = await (await request.get(path)).text();
		const start = html.slice(html.indexOf('kit.start('));
		const boot = start.slice(0, start.indexOf('</script>'));
		expect(boot, 'the start-up script holds only the page’s heading').not.toContain('events:');
		expect(boot.length).toBeLessThan(3000);
		const shipped: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname === '/timeline.json') shipped.push(r.url());
		});
		await page.goto(path);
		await timelineReady(page);
		// Hydrated: a click opens the event's details.
		await page.locator('[data-timeline] [data-event-id]').first().click();
		await expect(page.locator('[data-event-detail]')).toBeVisible();
		expect(shipped).toHaveLength(1);
	});
}

test('a timeline page starts with a handful of scripts, not one per shared module', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		const { pathname } = new URL(r.url());
		if (pathname.startsWith('/_app/immutable/') && !pathname.includes('/workers/')) {
			if (pathname.endsWith('.js')) scripts.push(pathname);
		}
	});
	await page.goto('/');
	await timelineReady(page);
	// SvelteKit's two entries, the three route files, the error page it loads eagerly, the code
	// every page shares, the timeline pages' own, and the bundler's helper (vite.config.ts).
	expect(scripts.length, scripts.join('\n')).toBeLessThanOrEqual(9);
});
