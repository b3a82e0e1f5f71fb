import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LIMITS } from '../../src/lib/data/formats/limits';
import { expect, test } from './fixtures';
import { serve, timelineReady, type Served } from './helpers';

/**
 * Files just over the limits in limits.ts, made here rather than kept as fixtures: one a byte
 * over the weight limit, in this timeline's JSON; one an event over the count limit, in
 * TimelineJS JSON (well under the weight limit).
 */
function tooHeavy(): string {
	const dataset = { title: 'Too heavy', description: '', language: 'en', events: [] };
	const bare = JSON.stringify(dataset).length;
	return JSON.stringify({ ...dataset, description: 'x'.repeat(LIMITS.bytes - bare + 1) });
}

function tooMany(): string {
	const slide = { start_date: { year: 2000 }, text: { headline: 'One of many' } };
	return JSON.stringify({ events: Array.from({ length: LIMITS.events + 1 }, () => slide) });
}

const CASES = [
	{ limit: 'weight', file: 'heavy.json', body: tooHeavy, message: /over the limit of 20 MB/ },
	{
		limit: 'event count',
		file: 'many.json',
		body: tooMany,
		message: /has 100,001 events, over the limit of 100,000: split it/
	}
] as const;

const defaultTitle = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { title: string })
	.title;

/** The alert names the file's own problem, and the page still answers: back to the default. */
async function refusedThenBack(page: Page, message: RegExp): Promise<void> {
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This dataset cannot be shown', { timeout: 20_000 });
	await expect(alert.locator('li')).toHaveCount(1);
	await expect(alert.locator('li')).toContainText(message);
	await alert.getByRole('button', { name: 'Back to the default timeline' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(defaultTitle);
	await expect(page.locator('[data-timeline] [data-event-id]').first()).toBeVisible();
}

let data: Served;
const bodies = new Map(CASES.map(({ file, body }) => [file, body()]));

test.beforeAll(async () => {
	data = await serve(
		Object.fromEntries(
			CASES.map(({ file }) => [
				`/${file}`,
				{ type: 'application/json', body: bodies.get(file) ?? '' }
			])
		)
	);
});

test.afterAll(async () => data.close());

for (const { limit, file, message } of CASES) {
	test(`a file over the ${limit} limit is refused with its own message, by address`, async ({
		page
	}) => {
		await page.goto(`/?src=${encodeURIComponent(`${data.origin}/${file}`)}`);
		await refusedThenBack(page, message);
	});

	test(`a file over the ${limit} limit is refused with its own message, from the file chooser`, async ({
		page
	}) => {
		await page.goto('/');
		await timelineReady(page);
		await page.getByText('Open a timeline').click();
		// A file on disk: the browser reads it itself, faster than bytes sent to it by the test.
		const path = test.info().outputPath(file);
		writeFileSync(path, bodies.get(file) ?? '');
		await page.getByLabel('Choose a file').setInputFiles(path);
		await refusedThenBack(page, message);
	});
}
