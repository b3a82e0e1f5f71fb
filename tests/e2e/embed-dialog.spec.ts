import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { APP_ORIGIN, frameOf, serve, timelineReady, viewDomain } from './helpers';

const VIEW =
	'/?from=1990-01-01&to=2000-01-01&category=agreement&event=oslo-i-declaration-of-principles';

async function openDialog(page: Page, path = VIEW) {
	await page.goto(path);
	await timelineReady(page);
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await expect(dialog).toBeVisible();
	return dialog;
}

const code = (page: Page) => page.getByRole('textbox', { name: 'Embed code' }).inputValue();

test('the Embed dialog is a modal dialog that Escape closes, giving the focus back', async ({
	page
}) => {
	const dialog = await openDialog(page);
	await expect(page.locator('.embed-dialog')).toHaveJSProperty('open', true);
	await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
	await timelineReady(await frameOf(dialog.locator('iframe.preview')));
	const results = await new AxeBuilder({ page })
		.include('.embed-dialog')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations.map((violation) => violation.id)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Embed', exact: true })).toBeFocused();
	// Escape closed the dialog, not the panel behind it.
	await expect(page.locator('[data-event-detail]')).toBeVisible();
});

test('the code embeds the current view with a title, lazy loading, a referrer policy and the host script', async ({
	page
}) => {
	await openDialog(page);
	const snippet = await code(page);
	const src = `${APP_ORIGIN}/embed?from=1990-01-01&amp;to=2000-01-01&amp;category=agreement&amp;event=oslo-i-declaration-of-principles`;
	expect(snippet).toBe(
		`<iframe src="${src}" title="The Israeli–Palestinian conflict, 1947–2023" loading="lazy"` +
			' referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write; web-share"' +
			' height="699" style="width:100%;border:0"></iframe>\n' +
			`<script async src="${APP_ORIGIN}/embed.js"></script>`
	);
	await expect(page.locator('.embed-dialog iframe.preview')).toHaveAttribute(
		'src',
		src.replace(/&amp;/g, '&')
	);
});

test('each choice changes the code and the preview', async ({ page }) => {
	const dialog = await openDialog(page, '/');
	const preview = dialog.locator('iframe.preview');
	await dialog.getByLabel('Dark').check();
	await dialog.getByLabel('Search, stories and zoom buttons').uncheck();
	await dialog.getByLabel('Overview strip').uncheck();
	await dialog.getByLabel('Fixed', { exact: true }).check();
	await dialog.getByLabel('Fixed height in pixels').fill('400');
	const src = `${APP_ORIGIN}/embed?theme=dark&controls=0&overview=0&height=400`;
	expect(await code(page)).toBe(
		`<iframe src="${src.replace(/&/g, '&amp;')}" title="The Israeli–Palestinian conflict, 1947–2023"` +
			' loading="lazy" referrerpolicy="strict-origin-when-cross-origin"' +
			' allow="clipboard-write; web-share" height="400" style="width:100%;border:0"></iframe>'
	);
	await expect(preview).toHaveAttribute('src', src);
	await expect(preview).toHaveCSS('height', '400px');
	const frame = await frameOf(preview);
	await timelineReady(frame);
	expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	await expect(frame.locator('[data-overview]')).toHaveCount(0);

	await dialog.getByLabel('Fit the content').check();
	await expect.poll(() => code(page)).toContain('embed.js');
	// The auto-height preview takes the height its embed reports.
	const auto = await frameOf(preview);
	await timelineReady(auto);
	const content = await auto.evaluate(
		() => document.querySelector('.embed')!.getBoundingClientRect().height
	);
	await expect
		.poll(async () => Math.abs((await preview.boundingBox())!.height - content))
		.toBeLessThanOrEqual(1);
});

test('Copy puts the code on the clipboard and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const dialog = await openDialog(page);
	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Code copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code(page));
});

test('the code, pasted into a page on another origin, shows the same view', async ({ page }) => {
	await openDialog(page);
	const snippet = await code(page);
	const domain = await viewDomain(page);
	const count = await page.locator('.search-count').textContent();
	const host = await serve({
		'/': {
			type: 'text/html',
			body: `<!doctype html><meta charset="utf-8"><title>Host</title><body>${snippet}</body>`
		}
	});
	try {
		await page.goto(host.origin);
		const frame = await frameOf(page.locator('iframe'));
		await timelineReady(frame);
		expect(await viewDomain(frame)).toEqual(domain);
		await expect(
			frame.locator('[data-event-detail="oslo-i-declaration-of-principles"]')
		).toBeVisible();
		await expect(frame.locator('.search-count')).toHaveText(count ?? '');
		const height = () => page.locator('iframe').evaluate((el) => el.clientHeight);
		const content = () => frame.evaluate(() => document.documentElement.scrollHeight);
		await expect.poll(async () => (await height()) - (await content())).toBe(0);
	} finally {
		await host.close();
	}
});

test('a timeline read from a local file offers no embed code, which could only show another', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	const embed = page.getByRole('button', { name: 'Embed', exact: true });
	await expect(embed).toBeVisible();
	await page.getByText('Open a timeline').click();
	await page.getByLabel('Choose a file').setInputFiles({
		name: 'minimal.json',
		mimeType: 'application/json',
		buffer: readFileSync('tests/fixtures/valid-minimal.json')
	});
	await expect(page.locator('.dataset-current')).toContainText('minimal.json');
	await expect(embed).toHaveCount(0);
	await page.getByRole('button', { name: /back/i }).click();
	await expect(embed).toBeVisible();
});
