import { expect, test } from './fixtures';
import { generateDataset } from '../bench/generate';
import { overlaps, serve, type Served, textBoxes, timelineReady } from './helpers';

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
				const { boxes, frame: edge } = await textBoxes(page);
				expect(boxes.length, `text at zoom step ${steps}`).toBeGreaterThan(0);
				for (const box of boxes) {
					expect(box.left, `"${box.text}" clipped left at step ${steps}`).toBeGreaterThanOrEqual(
						edge.left - 0.5
					);
					expect(box.right, `"${box.text}" clipped right at step ${steps}`).toBeLessThanOrEqual(
						edge.right + 0.5
					);
					expect(box.top, `"${box.text}" clipped at top at step ${steps}`).toBeGreaterThanOrEqual(
						edge.top - 0.5
					);
					expect(
						box.bottom,
						`"${box.text}" clipped at bottom at step ${steps}`
					).toBeLessThanOrEqual(edge.bottom + 0.5);
				}
				const collisions: string[] = [];
				for (let i = 0; i < boxes.length; i++) {
					for (let j = i + 1; j < boxes.length; j++) {
						if (overlaps(boxes[i]!, boxes[j]!))
							collisions.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
					}
				}
				expect(collisions, `overlapping text at zoom step ${steps}`).toEqual([]);
			}
		});
	}
}
