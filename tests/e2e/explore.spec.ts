import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { serve, timelineReady, type Served } from './helpers';

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
	events: { id: string; title: string; category?: string }[];
	stories: { id: string; title: string; steps: { event: string }[] }[];
};
const total = dataset.events.length;
const talks = dataset.stories.find((story) => story.id === 'talks-2013-2014')!;

let data: Served;

test.beforeAll(async () => {
	const event = (id: string, start: string, title: string) => ({
		id,
		start,
		title,
		summary: 'A fixture event.',
		importance: 1,
		sources: [{ title: 'Fixture', url: 'https://example.org/', publisher: 'Example' }]
	});
	const fixture = {
		title: 'Transliterations',
		description: 'Names with diacritics.',
		language: 'en-GB',
		events: [
			event('hudaybiyya', '0628', 'Treaty of Ḥudaybiyya'),
			event('oslo', '1993-09-13', 'Oslo I Accord')
		]
	};
	data = await serve({
		'/names.json': { type: 'application/json', body: JSON.stringify(fixture) }
	});
});

test.afterAll(async () => data.close());

const search = (page: import('@playwright/test').Page) =>
	page.getByRole('searchbox', { name: 'Search events' });
const count = (page: import('@playwright/test').Page) => page.locator('.search-count');

test('search ignores diacritics and case', async ({ page }) => {
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/names.json`)}`);
	await timelineReady(page);
	await search(page).fill('hudaybiyya');
	await expect(count(page)).toHaveText('1 of 2 events');
	await expect(page.locator('.event-list li')).toHaveText([/Treaty of Ḥudaybiyya/]);
	await search(page).fill('OSLO');
	await expect(page.locator('.event-list li')).toHaveText([/Oslo I Accord/]);
});

test('a search with no match says so and offers to clear', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	await search(page).fill('zzzqqq');
	await expect(count(page)).toHaveText(`0 of ${total} events No events match this search.`);
	await expect(page.locator('.event-list li')).toHaveCount(0);
	await page.getByRole('button', { name: 'Clear search and filters' }).click();
	await expect(search(page)).toHaveValue('');
	await expect(page.locator('.event-list li')).not.toHaveCount(0);
	await expect(page).toHaveURL(/\/$/);
});

test('each filter chip shows its count, and choosing it leaves that many events', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Filters' }).click();
	const agreements = dataset.events.filter((e) => e.category === 'agreement').length;
	const chip = page.locator('[data-facet="category"][data-value="agreement"]');
	await expect(chip.locator('.chip-count')).toHaveText(String(agreements));
	await chip.click();
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	await expect(count(page)).toHaveText(`${agreements} of ${total} events`);
	await expect(page.locator('.event-list h2 .count')).toHaveText(`(${agreements})`);
	// Non-matching marks are dimmed; hiding them leaves only matches on the timeline.
	await expect(page.locator('[data-timeline] .mark.dimmed').first()).toBeVisible();
	await page.getByLabel('Hide non-matching events').check();
	await expect(page.locator('[data-timeline] .mark.dimmed')).toHaveCount(0);
	await expect(page.locator('[data-overview-matches] path').first()).toBeAttached();
	for (const facet of ['topic', 'actor']) {
		const first = page.locator(`[data-facet="${facet}"]`).first();
		await expect(first.locator('.chip-count')).toHaveText(/^[1-9]\d*$/);
	}
	await expect(page).toHaveURL(/[?&]category=agreement(&|$)/);
});

test('a story is walked forward and back by buttons and keys, and Back closes its steps', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Stories' }).click();
	await page.getByRole('button', { name: talks.title }).click();
	const panel = page.locator('[data-event-detail]');
	const steps = talks.steps.length;
	await expect(panel).toHaveAttribute('data-event-detail', talks.steps[0]!.event);
	await expect(panel.locator('.step-position')).toHaveText(`Step 1 of ${steps}`);
	await panel.getByRole('button', { name: /Next/ }).click();
	await expect(panel).toHaveAttribute('data-event-detail', talks.steps[1]!.event);
	await expect(panel.locator('.step-position')).toHaveText(`Step 2 of ${steps}`);
	await page.keyboard.press('ArrowRight');
	await expect(panel).toHaveAttribute('data-event-detail', talks.steps[2]!.event);
	await page.keyboard.press('ArrowLeft');
	await expect(panel).toHaveAttribute('data-event-detail', talks.steps[1]!.event);
	await panel.getByRole('button', { name: /Previous/ }).click();
	await expect(panel).toHaveAttribute('data-event-detail', talks.steps[0]!.event);
	await expect(panel.getByRole('button', { name: /Previous/ })).toBeDisabled();
	await page.waitForTimeout(400);
	await expect(page).toHaveURL(new RegExp(`story=${talks.id}&event=${talks.steps[0]!.event}`));
	// Each step was its own history entry.
	await page.goBack();
	await expect(panel).toHaveAttribute('data-event-detail', talks.steps[1]!.event);
	await expect(panel.locator('.step-position')).toHaveText(`Step 2 of ${steps}`);
});

test('Back closes the panel an event click opened', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	const mark = page.locator('[data-timeline] [data-event-id]').first();
	const id = await mark.getAttribute('data-event-id');
	await mark.click();
	await expect(page.locator(`[data-event-detail="${id}"]`)).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	await page.goBack();
	await expect(page.locator('[data-event-detail]')).toHaveCount(0);
	await expect(page).toHaveURL(/\/$/);
});

test('without a story, Previous and Next walk events in time order within the filters', async ({
	page
}) => {
	await page.goto('/?category=agreement&event=oslo-i-declaration-of-principles');
	await timelineReady(page);
	const panel = page.locator('[data-event-detail]');
	// The file lists events in time order.
	const at = dataset.events.findIndex((e) => e.id === 'oslo-i-declaration-of-principles');
	const next = dataset.events.slice(at + 1).find((e) => e.category === 'agreement')!;
	const previous = dataset.events.slice(0, at).findLast((e) => e.category === 'agreement')!;
	await panel.getByRole('button', { name: /Next/ }).click();
	await expect(panel).toHaveAttribute('data-event-detail', next.id);
	await panel.getByRole('button', { name: /Previous/ }).click();
	await panel.getByRole('button', { name: /Previous/ }).click();
	await expect(panel).toHaveAttribute('data-event-detail', previous.id);
});

test('every new address parameter survives a reload', async ({ page }) => {
	const query = `q=prisoner&category=diplomacy&topic=security&story=${talks.id}&step=3`;
	await page.goto(`/?${query}`);
	await timelineReady(page);
	const check = async () => {
		await expect(search(page)).toHaveValue('prisoner');
		await expect(page.locator('[data-event-detail]')).toHaveAttribute(
			'data-event-detail',
			talks.steps[2]!.event
		);
		await expect(page.locator('.step-position')).toHaveText(`Step 3 of ${talks.steps.length}`);
		await page.getByRole('button', { name: /^Filters/ }).click();
		await expect(page.locator('[data-facet="category"][data-value="diplomacy"]')).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(page.locator('[data-facet="topic"][data-value="security"]')).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	};
	await check();
	await page.waitForTimeout(500);
	const settled = page.url();
	expect(settled).toContain('q=prisoner&category=diplomacy&topic=security');
	await page.reload();
	await timelineReady(page);
	await check();
});

test('unknown filter values and stories are ignored with a notice', async ({ page }) => {
	await page.goto('/?category=nope&story=missing');
	await timelineReady(page);
	await expect(page.locator('[data-timeline] .notice').first()).toContainText(
		'No category “nope” in this timeline. No story “missing” in this timeline.'
	);
	await expect.poll(() => new URL(page.url()).search).toBe('');
});

/** Rows of an RFC 4180 text: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	const pattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
	let row: string[] = [];
	for (const match of text.matchAll(pattern)) {
		const [, cell = '', end] = match;
		row.push(cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
		if (end !== ',') {
			rows.push(row);
			row = [];
			if (end === '') break;
		}
	}
	return rows.filter((cells) => cells.some((cell) => cell !== ''));
}

test('the CSV and JSON downloads hold exactly the filtered events', async ({ page }) => {
	await page.goto('/?category=agreement');
	await timelineReady(page);
	const agreements = dataset.events.filter((e) => e.category === 'agreement');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'CSV' }).click()
	]);
	const rows = parseCsv(readFileSync((await csv.path())!, 'utf8'));
	expect(rows[0]![0]).toBe('id');
	// Rows with no id carry an event's further sources.
	const ids = rows.slice(1).flatMap((cells) => (cells[0] ? [cells[0]] : []));
	expect(ids).toEqual(agreements.map((e) => e.id));
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'JSON' }).click()
	]);
	const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
		events: { id: string }[];
	};
	expect(exported.events.map((e) => e.id)).toEqual(agreements.map((e) => e.id));
});

test('the SVG picture parses with the visible labels, and the PNG is twice the view’s size', async ({
	page
}) => {
	await page.goto('/?from=2013-07-01&to=2014-06-30');
	await timelineReady(page);
	const [svgFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'SVG' }).click()
	]);
	const svg = readFileSync((await svgFile.path())!, 'utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.localName,
			width: Number(doc.documentElement.getAttribute('width')),
			height: Number(doc.documentElement.getAttribute('height')),
			texts: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '')
		};
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	const labels = await page.locator('[data-timeline] .mark .label').allTextContents();
	expect(labels.length).toBeGreaterThan(5);
	expect(labels.filter((label) => !parsed.texts.includes(label))).toEqual([]);
	const viewWidth = Number(await page.locator('[data-timeline] .canvas svg').getAttribute('width'));
	expect(parsed.width).toBe(viewWidth);

	const [pngFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'PNG' }).click()
	]);
	const png = readFileSync((await pngFile.path())!);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.readUInt32BE(16)).toBe(2 * parsed.width);
	expect(png.readUInt32BE(20)).toBe(2 * parsed.height);
});

test('printing shows the filtered event list with dates and sources, not the controls', async ({
	page
}) => {
	await page.goto('/?category=agreement');
	await timelineReady(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-timeline] .canvas')).toBeHidden();
	await expect(page.locator('[data-timeline] .explore')).toBeHidden();
	const first = page.locator('.event-list li').first();
	await expect(first.locator('time')).toBeVisible();
	const printed = await first.evaluate((li) => getComputedStyle(li, '::after').content);
	expect(printed).toMatch(/https:\/\//);
});
