import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serve, type Served, timelineReady } from './helpers';

let data: Served;

const valid = {
	title: 'A tiny fixture timeline',
	description: 'Two events served from another origin.',
	language: 'en-GB',
	events: [
		{
			id: 'first',
			start: '2001-02',
			title: 'First fixture event',
			summary: 'One.',
			importance: 1,
			sources: [{ title: 'Fixture', url: 'https://example.org/a', publisher: 'Example' }]
		},
		{
			id: 'second',
			start: '2003-04-05',
			title: 'Second fixture event',
			summary: 'Two.',
			importance: 2,
			sources: [{ title: 'Fixture', url: 'https://example.org/b', publisher: 'Example' }]
		}
	]
};

/** A TimelineJS file: its format is told from the content, and its importers load on demand. */
const timelineJs = {
	title: { text: { headline: 'A TimelineJS fixture', text: '<p>Imported.</p>' } },
	events: [
		{
			start_date: { year: 1969, month: 7, day: 20 },
			text: { headline: 'Moon landing', text: '<p>First steps.<script>alert(1)</script></p>' }
		},
		{ start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Ides of March' } }
	]
};

/** TimelineJS text of plain paragraphs only, as most is: read without htmlparser2. */
const plainTimelineJs = {
	title: { text: { headline: 'Plain paragraphs' } },
	events: [
		{ start_date: { year: 1969 }, text: { headline: 'Moon landing', text: '<p>Steps.</p>' } }
	]
};

const spreadsheet = [
	'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
	',,,,,,,,,A spreadsheet fixture,,,,,,title,,',
	'1989,11,9,,,,,,,Berlin Wall opens,"Crowds cross, at last.",,,,,,Europe,'
].join('\r\n');

test.beforeAll(async () => {
	const invalid = structuredClone(valid);
	invalid.events[1]!.start = '2003-02-30';
	data = await serve({
		'/valid.json': { type: 'application/json', body: JSON.stringify(valid) },
		'/timelinejs.json': { type: 'application/json', body: JSON.stringify(timelineJs) },
		'/plain-timelinejs.json': { type: 'application/json', body: JSON.stringify(plainTimelineJs) },
		'/sheet.csv': { type: 'text/csv', body: spreadsheet },
		'/invalid.json': { type: 'application/json', body: JSON.stringify(invalid) },
		'/broken.json': { type: 'application/json', body: '{"title": ' }
	});
});

test.afterAll(async () => data.close());

/** Scripts the dataset worker loads besides itself: the importers, when a file needs them. */
function workerChunks(page: Page): string[] {
	const loaded: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/_app/immutable/workers/chunks/')) loaded.push(request.url());
	});
	return loaded;
}

/**
 * What the page had drawn when it marked timeline-ready, and whether it ever drew the phone copy
 * of the timeline on the client (the prerendered one comes with the HTML, before DOMContentLoaded).
 */
interface FirstFrame {
	listItemsAtReady?: number;
	narrowDrawn?: boolean;
}

async function watchFirstFrame(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen = window as unknown as FirstFrame;
		const mark = performance.mark.bind(performance);
		performance.mark = (name, options) => {
			if (name === 'timeline-ready') {
				seen.listItemsAtReady = document.querySelectorAll('[data-list-event-id]').length;
			}
			return mark(name, options);
		};
		document.addEventListener('DOMContentLoaded', () => {
			new MutationObserver((records) => {
				for (const record of records) {
					for (const node of record.addedNodes) {
						if (!(node instanceof Element)) continue;
						if (node.matches('.narrow-first-paint') || node.querySelector('.narrow-first-paint')) {
							seen.narrowDrawn = true;
						}
					}
				}
			}).observe(document.body, { childList: true, subtree: true });
		});
	});
}

test('?src= loads a dataset from a CORS-enabled origin and marks timeline-ready after it renders', async ({
	page
}) => {
	const chunks = workerChunks(page);
	await watchFirstFrame(page);
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/valid.json`)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(valid.title);
	await expect(page.locator('[data-event-id]')).toHaveCount(2);
	await timelineReady(page);
	expect(chunks, 'this timeline’s own JSON needs no importer').toEqual([]);
	// Drawn on the client only: no phone copy beside the drawing, and the list below it once the
	// browser is idle after the first frame, so that it never delays that frame.
	const seen = await page.evaluate(() => {
		const { listItemsAtReady, narrowDrawn } = window as unknown as FirstFrame;
		return { listItemsAtReady, narrowDrawn: narrowDrawn ?? false };
	});
	expect(seen).toEqual({ listItemsAtReady: 0, narrowDrawn: false });
	await expect(page.locator('#event-list [data-list-event-id]')).toHaveCount(2);
});

test.describe('?src= reads other formats', () => {
	// The importers' chunk, and the parser a file needs, if any.
	for (const [file, title, count, loads] of [
		['timelinejs.json', timelineJs.title.text.headline, 2, 'the importers and htmlparser2'],
		['plain-timelinejs.json', 'Plain paragraphs', 1, 'the importers alone'],
		['sheet.csv', 'A spreadsheet fixture', 1, 'the importers and Papa Parse']
	] as const) {
		test(`${file} is imported and drawn, loading ${loads}`, async ({ page }) => {
			const chunks = workerChunks(page);
			await page.goto(`/?src=${encodeURIComponent(`${data.origin}/${file}`)}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			await expect(page.locator('[data-event-id]')).toHaveCount(count);
			await timelineReady(page);
			expect(chunks).toHaveLength(loads === 'the importers alone' ? 1 : 2);
		});
	}
});

test('an invalid dataset shows an alert naming the event, the field and the reason', async ({
	page
}) => {
	await page.goto(`/embed?src=${encodeURIComponent(`${data.origin}/invalid.json`)}`);
	await expect(page.getByRole('alert')).toContainText(
		'events[1] "second": start "2003-02-30" is not a valid date'
	);
});

test('an unreachable or broken dataset shows an alert instead of a blank page', async ({
	page,
	problems
}) => {
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/broken.json`)}`);
	await expect(page.getByRole('alert')).toContainText('is not valid JSON');
	// The page's head script fetches the file for the dataset worker: Chromium logs the 404 there.
	problems.expectHttpError(404, `${data.origin}/missing.json`);
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/missing.json`)}`);
	await expect(page.getByRole('alert')).toContainText('404');
});

test('a ?src= dataset is fetched once, though both the head script and the worker could', async ({
	page
}) => {
	const asked: string[] = [];
	page.context().on('request', (request) => {
		if (request.url().endsWith('/valid.json')) asked.push(request.url());
	});
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/valid.json`)}`);
	await timelineReady(page);
	expect(asked).toEqual([`${data.origin}/valid.json`]);
});

/** Requests for the shipped dataset, which the timeline pages publish as /timeline.json. */
function shippedRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === '/timeline.json') seen.push(request.url());
	});
	return seen;
}

const shippedTitle = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { title: string })
	.title;

test('a ?src= page never reads the shipped dataset, and fetches it once the reader goes back to it', async ({
	page
}) => {
	const shipped = shippedRequests(page);
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/valid.json`)}`);
	await timelineReady(page);
	expect(shipped).toEqual([]);
	await page.getByRole('button', { name: 'Back to the default timeline' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(shippedTitle);
	await expect(page.locator('[data-timeline] [data-event-id]').first()).toBeVisible();
	expect(new URL(page.url()).search).toBe('');
	expect(shipped).toHaveLength(1);
});

test('going back to the shipped dataset when it cannot be fetched says so, in an alert', async ({
	page,
	problems
}) => {
	await page.route('**/timeline.json', (route) => route.abort('internetdisconnected'));
	problems.expect(/^request failed: .*\/timeline\.json \(net::ERR_INTERNET_DISCONNECTED\)$/);
	problems.expect(/^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/valid.json`)}`);
	await timelineReady(page);
	await page.getByRole('button', { name: 'Back to the default timeline' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('/timeline.json could not be reached');
	await expect(alert.getByRole('button', { name: 'Back to the default timeline' })).toBeVisible();
});
