import { expect, test } from './fixtures';
import { APP_ORIGIN, frameOf, serve, type Served, timelineReady } from './helpers';

let host: Served;

test.beforeAll(async () => {
	const page = (width: number) =>
		`<!doctype html><title>Host</title><body style="margin:0"><h1>A newsroom page</h1>` +
		`<iframe title="Timeline" src="${APP_ORIGIN}/embed" style="width:${width}px;height:620px;border:0"></iframe></body>`;
	host = await serve({
		'/wide': { type: 'text/html', body: page(720) },
		'/narrow': { type: 'text/html', body: page(280) }
	});
});

test.afterAll(async () => host.close());

test('the embed renders inside an iframe on another origin and opens details on click', async ({
	page
}) => {
	await page.goto(`${host.origin}/wide`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('[data-timeline] .canvas svg')).toBeVisible();
	const mark = frame.locator('[data-event-id]').first();
	const id = await mark.getAttribute('data-event-id');
	await mark.click();
	await expect(frame.locator(`[data-event-detail="${id}"]`)).toBeVisible();
	await expect(frame.getByRole('link', { name: /open full view/i })).toHaveAttribute(
		'target',
		'_blank'
	);
});

test('at 280 px the embed fills the iframe with no horizontal scrollbar', async ({ page }) => {
	await page.goto(`${host.origin}/narrow`);
	// Once the live drawing has replaced the prerendered ones.
	const frame = await frameOf(page.locator('iframe'));
	await timelineReady(frame);
	const { scrollWidth, clientWidth } = await frame.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	const svgWidth = await frame.evaluate(
		() =>
			document.querySelector('[data-timeline] .canvas svg[data-canvas]')?.getBoundingClientRect()
				.width ?? 0
	);
	expect(svgWidth).toBeGreaterThan(240);
});

test('“Open full view” carries the embed’s current view and open event', async ({ page }) => {
	await page.goto('/embed');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect(page).toHaveURL(/from=/);
	const mark = page.locator('[data-timeline] [data-event-id]').first();
	const id = await mark.getAttribute('data-event-id');
	await mark.click();
	await expect(page.getByRole('link', { name: /open full view/i })).toHaveAttribute(
		'href',
		new RegExp(`^/\\?from=[^&]+&to=[^&]+&event=${id}$`)
	);
});
