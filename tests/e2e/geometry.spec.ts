import { expect, test } from './fixtures';
import { generateDataset } from '../bench/generate';
import { serve, type Served, timelineReady } from './helpers';
import { clipped, collisions, textBoxes } from './text-boxes';

/**
 * Readability at every zoom: at five zoom levels from "fit all" down to about a week, no two
 * pieces of text inside the timeline overlap and none is cut by the timeline's edge.
 */
let data: Served;

test.beforeAll(async () => {
	data = await serve({
		'/1000.json': { type: 'application/json', body: JSON.stringify(generateDataset(1000)) }
	});
});

test.afterAll(async () => data.close());

/** Five views: the whole timeline, then ×8, ×64, ×512 and ×4096 (about a week) around one point. */
const STEPS = [0, 3, 6, 9, 12];
const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
];
const DATASETS = [
	{ name: 'the default dataset', path: () => '/', anchor: 0.87 },
	{
		name: 'a generated 1,000-event dataset',
		path: (origin: string) => `/?src=${encodeURIComponent(`${origin}/1000.json`)}`,
		anchor: 0.8
	}
];

for (const viewport of VIEWPORTS) {
	for (const dataset of DATASETS) {
		test(`no text overlaps or is clipped at five zoom levels: ${dataset.name}, ${viewport.width}×${viewport.height}`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto(dataset.path(data.origin));
			await timelineReady(page);
			const svg = page.locator('[data-timeline] .canvas svg');
			const frame = await svg.boundingBox();
			if (!frame) throw new Error('timeline not laid out');
			await page.mouse.move(frame.x + frame.width * dataset.anchor, frame.y + frame.height / 2);
			let done = 0;
			for (const steps of STEPS) {
				for (; done < steps; done++) await page.mouse.wheel(0, -500);
				await page.waitForTimeout(150);
				const { boxes, frame: edge } = await textBoxes(svg);
				expect(boxes.length, `text at zoom step ${steps}`).toBeGreaterThan(0);
				expect(clipped(boxes, edge), `clipped text at zoom step ${steps}`).toEqual([]);
				expect(collisions(boxes), `overlapping text at zoom step ${steps}`).toEqual([]);
			}
		});
	}
}
