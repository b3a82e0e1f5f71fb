import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { serve, timelineReady, type Served } from './helpers';

const spreadsheet = readFileSync('tests/fixtures/import/timelinejs-template.csv');

/**
 * A TimelineJS file written to attack the page: script tags, event handlers, javascript: and
 * data: links, an SVG payload and media from a non-web scheme. It must render as inert text.
 */
const hostile = {
	title: {
		text: {
			headline: '<img src=x onerror="window.__pwned=1">Hostile',
			text: '<script>window.__pwned=1</script><p>Intro</p>'
		}
	},
	events: [
		{
			unique_id: 'payload',
			start_date: { year: 2001, month: 2, day: 3 },
			text: {
				headline: '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>Payload',
				text: '<p>Click <a href="javascript:window.__pwned=1">here</a>, <a href="data:text/html,<script>parent.__pwned=1</script>">there</a> or <a href="https://example.org/safe">safe</a>.</p><iframe src="javascript:alert(1)"></iframe>'
			},
			media: {
				url: 'javascript:window.__pwned=1',
				caption: '<b onmouseover="window.__pwned=1">c</b>'
			}
		},
		{
			start_date: { year: 2002 },
			text: { headline: 'Plain <b>bold</b> &amp; text', text: 'alert("no")' },
			media: { url: 'data:image/svg+xml,<svg onload="alert(1)"/>' }
		}
	]
};

let data: Served;

test.beforeAll(async () => {
	data = await serve({
		'/hostile.json': { type: 'application/json', body: JSON.stringify(hostile) },
		'/empty.json': { type: 'application/json', body: '' },
		'/not-json.json': { type: 'application/json', body: '{\n  "title": "x",\n  events: []\n}' },
		'/page.html': { type: 'text/html', body: '<!doctype html><title>Not a timeline</title>' }
	});
});

test.afterAll(async () => data.close());

test('a file chosen with the file chooser is read in the browser and shown, with a way back', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	const uploads: string[] = [];
	page.on('request', (request) => {
		if (request.method() !== 'GET') uploads.push(request.url());
	});
	await page.getByText('Open a timeline').click();
	await page.getByLabel('Choose a file').setInputFiles({
		name: 'sheet.csv',
		mimeType: 'text/csv',
		buffer: spreadsheet
	});
	await expect(page.locator('.dataset-current')).toContainText('from sheet.csv');
	await expect(page.locator('[data-timeline] [data-event-id]').first()).toBeVisible();
	expect(uploads).toEqual([]);
	await page.getByRole('button', { name: 'Back to the default timeline' }).first().click();
	await expect(page.locator('.dataset-current')).toHaveCount(0);
	const title = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { title: string }).title;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	expect(new URL(page.url()).search).toBe('');
});

test('a file dropped anywhere on the page is opened', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	const transfer = await page.evaluateHandle((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
		return dt;
	}, spreadsheet.toString('utf8'));
	await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
	await expect(page.locator('.drop-overlay')).toBeVisible();
	await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
	await expect(page.locator('.drop-overlay')).toHaveCount(0);
	await expect(page.locator('.dataset-current')).toContainText('from dropped.csv');
});

test('an address typed into "Open a timeline" is loaded and kept in the address', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	await page.getByText('Open a timeline').click();
	await page.getByLabel(/Address of a timeline file/).fill(`${data.origin}/hostile.json`);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.locator('.dataset-current')).toContainText(`${data.origin}/hostile.json`);
	expect(new URL(page.url()).searchParams.get('src')).toBe(`${data.origin}/hostile.json`);
});

test('a hostile dataset renders as inert text, runs nothing and loads nothing but its own file', async ({
	page
}) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs += 1;
		await dialog.dismiss();
	});
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/hostile.json`)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile');
	await timelineReady(page);
	const mark = page.locator('[data-timeline] [data-event-id="payload"]');
	await mark.click();
	const panel = page.locator('[data-event-detail="payload"]');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Payload');
	await expect(panel).toContainText('Click here, there or safe.');
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	expect(hrefs.filter((href) => /^(javascript|data):/i.test(href))).toEqual([]);
	await page.locator('[data-timeline] [data-event-id]').last().click();
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toBe(0);
	expect(
		await page.locator('iframe, [data-timeline] script, [data-event-detail] img').count()
	).toBe(0);
	const foreign = requests.filter(
		(url) => !url.startsWith(page.url().split('/?')[0]!) && url !== `${data.origin}/hostile.json`
	);
	expect(foreign).toEqual([]);
});

for (const [name, path, message] of [
	['an empty file', '/empty.json', /empty/i],
	['invalid JSON, with its line and column', '/not-json.json', /line 3, column 3/i],
	['a web page instead of a timeline', '/page.html', /HTML|web page/i]
] as const) {
	test(`${name} gets its own message`, async ({ page }) => {
		await page.goto(`/?src=${encodeURIComponent(`${data.origin}${path}`)}`);
		await expect(page.getByRole('alert')).toContainText(message);
	});
}

test('an address nobody answers gets its own message', async ({ page, problems }) => {
	// A port that was just free: nothing answers there.
	const closed = await serve({});
	await closed.close();
	const address = `${closed.origin}/x.json`;
	// The page's head script fetches the file for the dataset worker: Chromium logs the failure there.
	problems.expect(/^request failed: .*\/x\.json \(net::ERR_CONNECTION_REFUSED\)$/);
	problems.expect(/^console error: Failed to load resource: net::ERR_CONNECTION_REFUSED/);
	await page.goto(`/?src=${encodeURIComponent(address)}`);
	await expect(page.getByRole('alert')).toContainText('could not be reached');
});
