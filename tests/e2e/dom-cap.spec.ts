import { expect, test } from './fixtures';
import { generateDataset } from '../bench/generate';
import { serve, type Served } from './helpers';

/** Rendering scales with what is visible: at every zoom the timeline holds a bounded DOM. */
const CAP = 2000;
let data: Served;

test.beforeAll(async () => {
	data = await serve({
		'/10000.json': { type: 'application/json', body: JSON.stringify(generateDataset(10_000)) }
	});
});

test.afterAll(async () => data.close());

test('with 10,000 events the timeline stays under 2,000 elements at every zoom level', async ({
	page
}) => {
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/10000.json`)}`);
	await page.waitForFunction(
		() => performance.getEntriesByName('timeline-ready').length === 1,
		null,
		{
			timeout: 20_000
		}
	);
	const svg = page.locator('[data-timeline] .canvas svg');
	const frame = await svg.boundingBox();
	if (!frame) throw new Error('timeline not laid out');
	await page.mouse.move(frame.x + frame.width * 0.8, frame.y + frame.height / 2);
	const counts: number[] = [];
	for (let level = 0; level <= 12; level++) {
		if (level > 0) await page.mouse.wheel(0, -500);
		await page.waitForTimeout(100);
		counts.push(await page.locator('[data-timeline] *').count());
	}
	expect(Math.max(...counts), `elements per zoom level: ${counts.join(', ')}`).toBeLessThan(CAP);
	expect(await page.locator('[data-timeline] [data-event-id]').count()).toBeGreaterThan(0);
});
