import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { YEAR_MS, yearStart } from '../../src/lib/time/years';
import { expect, test } from './fixtures';
import { overlaps, serve, type Served, textBoxes, timelineReady, viewDomain } from './helpers';

/**
 * A cosmological TimelineJS file, from the Big Bang (-13800000000) to the days of the Moon landing,
 * read from another origin: the axis counts years ago, BCE and CE as the view calls for, zoom and
 * pan go from billions of years to days and back, and no text overlaps at any step.
 */
let data: Served;

test.beforeAll(async () => {
	const body = readFileSync(
		new URL('../fixtures/import/cosmos-timelinejs.json', import.meta.url),
		'utf8'
	);
	data = await serve({ '/cosmos.json': { type: 'application/json', body } });
});

test.afterAll(async () => data.close());

const MOON = Date.UTC(1969, 6, 20, 12);

const axisLabels = (page: Page) => page.locator('[data-timeline] .axis text').allTextContents();

/** Every overlap between two texts of the drawing and every text cut by its edge. */
async function textProblems(page: Page): Promise<string[]> {
	const { boxes, frame } = await textBoxes(page);
	const found: string[] = [];
	boxes.forEach((box, i) => {
		if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
			found.push(`"${box.text}" clipped`);
		for (const other of boxes.slice(i + 1)) {
			if (overlaps(box, other)) found.push(`"${box.text}" × "${other.text}"`);
		}
	});
	return found;
}

async function open(page: Page): Promise<void> {
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/cosmos.json`)}`);
	await timelineReady(page);
}

test('a cosmological timeline zooms from billions of years to the days of the Moon landing and back, its axis in years ago, BCE and CE, no text overlapping', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('From the Big Bang to the Moon');
	await expect(page.locator('[data-timeline] [data-event-id]')).toHaveCount(8);
	expect(await axisLabels(page)).toContain('4 billion years ago');
	await expect(page.getByText('13.8 billion years ago').first()).toBeVisible();
	expect(await textProblems(page)).toEqual([]);
	const full = await viewDomain(page);

	const svg = page.locator('[data-timeline] .canvas svg');
	const frame = await svg.boundingBox();
	if (!frame) throw new Error('timeline not laid out');
	const seen = new Set<string>();
	const problems: string[] = [];
	for (let step = 0; step < 90; step++) {
		// Aimed again at each step: the pointer sits on whole pixels, the Moon landing may not.
		const [from, to] = await viewDomain(page);
		if (to - from <= 3.01 * 86_400_000) break;
		const x = frame.x + ((MOON - from) / (to - from)) * frame.width;
		await page.mouse.move(x, frame.y + frame.height / 2);
		await page.mouse.wheel(0, -500);
		await page.waitForTimeout(40);
		if (step % 4 === 0) {
			for (const label of await axisLabels(page)) seen.add(label);
			for (const problem of await textProblems(page)) problems.push(`step ${step}: ${problem}`);
		}
	}
	expect(problems).toEqual([]);
	const labels = [...seen];
	expect(labels.some((label) => /million years ago$/.test(label))).toBe(true);
	expect(labels.some((label) => /^[\d,]+ BCE$/.test(label))).toBe(true);
	expect(labels.some((label) => /^1\d{3}$/.test(label))).toBe(true);

	const [from, to] = await viewDomain(page);
	expect(to - from).toBeLessThan(4 * 86_400_000);
	await expect(svg.locator('[data-event-id="apollo-11-lands-on-the-moon"]')).toBeVisible();
	await expect.poll(() => axisLabels(page)).toContain('July 1969');
	expect(await textProblems(page)).toEqual([]);

	await page.mouse.move(frame.x + 700, frame.y + 120);
	await page.mouse.down();
	await page.mouse.move(frame.x + 400, frame.y + 120, { steps: 8 });
	await page.mouse.up();
	const panned = await viewDomain(page);
	expect(panned[0]).toBeGreaterThan(from);
	expect(Math.abs(panned[1] - panned[0] - (to - from))).toBeLessThan(60_000);
	expect(await textProblems(page)).toEqual([]);

	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect.poll(() => viewDomain(page)).toEqual(full);
	await expect.poll(() => axisLabels(page)).toContain('4 billion years ago');
});

test('a view billions of years ago is written in the address as years, and opens again from it', async ({
	page
}) => {
	await open(page);
	const frame = await page.locator('[data-timeline] .canvas svg').boundingBox();
	if (!frame) throw new Error('timeline not laid out');
	await page.mouse.move(frame.x + frame.width * 0.3, frame.y + frame.height / 2);
	for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -500);
	await expect(page).toHaveURL(/[?&]from=-\d{9,12}&to=-\d{9,12}(&|$)/);
	// The address follows the view once it settles: wait until it names the years the view spans.
	const written = async () => {
		const params = new URL(page.url()).searchParams;
		const [from, to] = await viewDomain(page);
		const first = Number(params.get('from'));
		const last = Number(params.get('to'));
		return yearStart(first) <= from && from < yearStart(first + 1) && yearStart(last - 1) < to;
	};
	await expect.poll(written).toBe(true);
	const view = await viewDomain(page);
	const address = page.url();

	await page.goto(address);
	await timelineReady(page);
	const reopened = await viewDomain(page);
	expect(Math.abs(reopened[0] - view[0])).toBeLessThan(YEAR_MS);
	expect(Math.abs(reopened[1] - view[1])).toBeLessThan(YEAR_MS);
	expect(await axisLabels(page)).toEqual(
		expect.arrayContaining([expect.stringMatching(/billion years ago$/)])
	);
	expect(await textProblems(page)).toEqual([]);
});
