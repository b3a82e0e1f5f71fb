import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { APP_ORIGIN, frameOf, serve, type Served, timelineReady, viewDomain } from './helpers';

/**
 * The embed in a newsroom's article, on another origin: the wheel scrolls the article, the iframe
 * takes the embed's height, and nothing the host posts reaches the embed.
 */
let host: Served;
let stranger: Served;

const SCRIPT = `<script async src="${APP_ORIGIN}/embed.js"></script>`;
/** Keeps every message the host page receives, for the test to read. */
const RECORDER =
	'<script>window.received = []; addEventListener("message", (e) => received.push({ origin: e.origin, data: e.data }));</script>';
const ARTICLE = `<p style="height:2400px">The article goes on.</p>`;

function article(body: string): { type: string; body: string } {
	return {
		type: 'text/html',
		body:
			`<!doctype html><meta charset="utf-8"><title>Host</title><body style="margin:0;font:16px sans-serif">` +
			`<h1 tabindex="-1" style="margin:0;height:300px">A newsroom page</h1>${body}</body>`
	};
}

const iframe = (query = '', style = 'width:100%;border:0') =>
	`<iframe title="Timeline" src="${APP_ORIGIN}/embed${query}" style="${style}"></iframe>`;

test.beforeAll(async () => {
	stranger = await serve({
		'/forger': {
			type: 'text/html',
			body:
				'<!doctype html><title>Forger</title><script>setInterval(() => parent.postMessage(' +
				'{ type: "timeline:height", id: "timeline", height: 50 }, "*"), 50);</script>'
		}
	});
	host = await serve({
		'/article': article(iframe() + SCRIPT + ARTICLE),
		'/two': article(iframe() + iframe('?controls=0&overview=0&id=second') + SCRIPT),
		'/forged': article(
			iframe() +
				`<iframe title="Other" class="forger" src="${stranger.origin}/forger"></iframe>` +
				SCRIPT +
				'<script>setInterval(() => postMessage({ type: "timeline:height", id: "timeline", height: 60 }, "*"), 50);</script>'
		),
		'/below-the-fold': article(
			'<input aria-label="Search the newsroom" autofocus>' +
				'<p style="height:1500px">The article begins.</p>' +
				iframe('?event=oslo-i-declaration-of-principles', 'width:100%;height:700px;border:0')
		),
		'/no-script': article(RECORDER + iframe('', 'width:100%;height:500px;border:0')),
		'/fixed': article(RECORDER + iframe('?height=400', 'width:100%;height:400px;border:0'))
	});
});

test.afterAll(async () => {
	await host.close();
	await stranger.close();
});

/** Opens a host page and waits for its (first) embed to be ready; returns the embed's frame. */
async function open(page: Page, path: string) {
	await page.goto(`${host.origin}${path}`);
	const frame = await frameOf(page.locator('iframe').first());
	await timelineReady(frame);
	return frame;
}

/** The iframe's height on the host page, and the embed's content height inside it. */
async function heights(page: Page, index = 0) {
	const element = page.locator('iframe').nth(index);
	const frame = await frameOf(element);
	const outer = await element.evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => ({
		content: document.querySelector('.embed')!.getBoundingClientRect().height,
		scrollHeight: document.documentElement.scrollHeight,
		clientHeight: document.documentElement.clientHeight
	}));
	return { outer, ...inner };
}

test.describe('the wheel', () => {
	async function overTimeline(page: Page) {
		await page.evaluate(() => scrollTo(0, 500));
		const box = await page
			.frameLocator('iframe')
			.locator('[data-timeline] .canvas svg')
			.boundingBox();
		if (!box) throw new Error('timeline not laid out');
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		return box;
	}

	test('a plain wheel over the embed scrolls the article and leaves the view as it was, with a hint', async ({
		page
	}) => {
		const frame = await open(page, '/article');
		await overTimeline(page);
		const view = await viewDomain(frame);
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -100);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(500);
		await expect(frame.locator('.wheel-hint')).toHaveText('Use Ctrl + scroll to zoom');
		expect(await viewDomain(frame)).toEqual(view);
		await expect(frame.locator('.wheel-hint')).toBeHidden();
	});

	test('Ctrl + wheel zooms the embed and leaves the article where it was', async ({ page }) => {
		const frame = await open(page, '/article');
		await overTimeline(page);
		const [start, end] = await viewDomain(frame);
		await page.keyboard.down('Control');
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
		await page.keyboard.up('Control');
		await expect
			.poll(async () => (await viewDomain(frame)).reduce((a, b) => b - a))
			.toBeLessThan((end - start) * 0.75);
		expect(await page.evaluate(() => scrollY)).toBe(500);
		await expect(frame.locator('.wheel-hint')).toHaveCount(0);
	});

	test('after a click in the timeline a plain wheel zooms, until the reader clicks elsewhere', async ({
		page
	}) => {
		const frame = await open(page, '/article');
		const box = await overTimeline(page);
		const [start, end] = await viewDomain(frame);
		// The axis: a click there opens nothing.
		await page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -100);
		await expect
			.poll(async () => (await viewDomain(frame)).reduce((a, b) => b - a))
			.toBeLessThan((end - start) * 0.75);
		expect(await page.evaluate(() => scrollY)).toBe(500);

		// The reader clicks in the article beside the embed, which does not scroll it.
		const frameBox = await page.locator('iframe').first().boundingBox();
		const viewport = page.viewportSize();
		if (!frameBox || !viewport) throw new Error('embed not laid out');
		const below = frameBox.y + frameBox.height + 10;
		// The embed hears the blur after its own listener, added when it mounted, has disengaged it.
		await frame.evaluate(() => {
			const seen = window as unknown as { blurred?: Promise<void> };
			seen.blurred = new Promise((done) => addEventListener('blur', () => done(), { once: true }));
		});
		await page.mouse.click(20, below < viewport.height ? below : frameBox.y - 10);
		await frame.evaluate(() => (window as unknown as { blurred: Promise<void> }).blurred);
		await expect.poll(() => frame.evaluate(() => document.hasFocus())).toBe(false);
		expect(await page.evaluate(() => scrollY)).toBe(500);
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const zoomed = await viewDomain(frame);
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(500);
		expect(await viewDomain(frame)).toEqual(zoomed);
	});
});

test.describe('the height', () => {
	test('with embed.js the iframe takes the embed’s height, and grows when a panel opens', async ({
		page
	}) => {
		const frame = await open(page, '/article');
		await expect.poll(async () => (await heights(page)).outer).toBeGreaterThan(400);
		const before = await heights(page);
		expect(Math.abs(before.outer - before.content)).toBeLessThanOrEqual(1);
		expect(before.scrollHeight, 'a vertical scrollbar inside the iframe').toBeLessThanOrEqual(
			before.clientHeight
		);

		await frame.locator('[data-timeline] [data-event-id]').first().click();
		await expect(frame.locator('[data-event-detail]')).toBeVisible();
		await expect.poll(async () => (await heights(page)).outer).toBeGreaterThan(before.outer + 100);
		const after = await heights(page);
		expect(Math.abs(after.outer - after.content)).toBeLessThanOrEqual(1);
		expect(after.scrollHeight).toBeLessThanOrEqual(after.clientHeight);
	});

	test('embed.js sizes each embed by its own messages', async ({ page }) => {
		// Tall enough for both embeds: Chromium does not lay out a frame far out of sight.
		await page.setViewportSize({ width: 1280, height: 1800 });
		await open(page, '/two');
		await timelineReady(await frameOf(page.locator('iframe').nth(1)));
		for (const index of [0, 1]) {
			await expect
				.poll(async () => {
					const { outer, content } = await heights(page, index);
					return Math.abs(outer - content);
				}, `iframe ${index}`)
				.toBeLessThanOrEqual(1);
		}
		const [first, second] = [await heights(page, 0), await heights(page, 1)];
		expect(second.outer).toBeLessThan(first.outer - 50);
	});

	test('embed.js ignores height messages from other origins, the host page’s own included', async ({
		page
	}) => {
		await open(page, '/forged');
		await expect.poll(async () => (await heights(page)).outer).toBeGreaterThan(400);
		await page.waitForTimeout(500);
		const { outer, content } = await heights(page);
		expect(Math.abs(outer - content)).toBeLessThanOrEqual(1);
		// The forger's own iframe keeps the default height of 150 px.
		expect(await page.locator('iframe.forger').evaluate((el) => el.clientHeight)).toBe(150);
	});

	test('without embed.js the host receives the height in Datawrapper’s, pym.js’s and the embed’s format', async ({
		page
	}) => {
		await open(page, '/no-script');
		const { content } = await heights(page);
		const px = Math.ceil(content);
		const received = () =>
			page.evaluate(
				() => (window as unknown as { received: { origin: string; data: unknown }[] }).received
			);
		await expect.poll(received).toEqual(
			expect.arrayContaining([
				{ origin: APP_ORIGIN, data: { 'datawrapper-height': { timeline: px } } },
				{ origin: APP_ORIGIN, data: `pymxPYMxtimelinexPYMxheightxPYMx${px}` },
				{ origin: APP_ORIGIN, data: { type: 'timeline:height', id: 'timeline', height: px } }
			])
		);
	});

	test('height=400 fills 400 px and posts no height', async ({ page }) => {
		const frame = await open(page, '/fixed');
		await page.waitForTimeout(300);
		const { content, scrollHeight } = await heights(page);
		expect(content).toBe(400);
		expect(scrollHeight).toBe(400);
		const svg = frame.locator('[data-timeline] .canvas svg');
		expect(Number(await svg.getAttribute('height'))).toBeLessThan(400);
		const bottom = await svg.evaluate((el) => el.getBoundingClientRect().bottom);
		expect(bottom).toBeLessThanOrEqual(400);
		expect(
			await page.evaluate(() => (window as unknown as { received: unknown[] }).received)
		).toEqual([]);
	});
});

test('an embed that opens on an event takes neither the focus nor the scroll of its host', async ({
	page
}) => {
	await page.goto(`${host.origin}/below-the-fold`);
	// Chromium draws no frame of a cross-origin iframe out of sight, so the embed never reports
	// ready there; the panel is in its page once the address has been applied.
	const frame = await frameOf(page.locator('iframe'));
	await frame.locator('[data-event-detail]').waitFor({ state: 'attached' });
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => scrollY)).toBe(0);
	await expect(page.getByRole('textbox', { name: 'Search the newsroom' })).toBeFocused();
});

test('messages the host posts to the embed change nothing', async ({ page }) => {
	const frame = await open(page, '/no-script');
	await page.waitForTimeout(300);
	const snapshot = () =>
		frame.evaluate(() => ({
			url: location.href,
			html: document.querySelector('.embed')!.outerHTML,
			scrollY
		}));
	const before = await snapshot();
	await page.locator('iframe').evaluate((element) => {
		const target = (element as HTMLIFrameElement).contentWindow!;
		for (const message of [
			'pymxPYMxtimelinexPYMxwidthxPYMx320',
			'pymxPYMxtimelinexPYMxscrollToChildPosxPYMx400',
			{ type: 'timeline:height', id: 'timeline', height: 100 },
			{ type: 'timeline:view', from: '2000-01-01', to: '2001-01-01' },
			{ type: 'timeline:select', id: 'oslo-i-declaration-of-principles' },
			{ 'datawrapper-height': { timeline: 100 } },
			'zoom-in',
			null
		]) {
			target.postMessage(message, '*');
		}
	});
	await page.waitForTimeout(500);
	expect(await snapshot()).toEqual(before);
});
