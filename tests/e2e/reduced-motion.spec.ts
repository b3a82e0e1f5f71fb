import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

test.use({ locale: 'en-GB' });

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
	test(`zoom buttons ${reducedMotion === 'reduce' ? 'jump without animating when motion is reduced' : 'animate otherwise'}`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion });
		await page.goto('/');
		await timelineReady(page);
		// Every start the view shows, frame by frame, for a while after the click.
		const starts = page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const root = document.querySelector('[data-timeline]');
					const seen = new Set<string | null>();
					const end = performance.now() + 800;
					const step = () => {
						seen.add(root?.getAttribute('data-view-start') ?? null);
						if (performance.now() < end) requestAnimationFrame(step);
						else resolve(seen.size);
					};
					requestAnimationFrame(step);
				})
		);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const count = await starts;
		if (reducedMotion === 'reduce')
			expect(count, 'the view before and after, nothing between').toBe(2);
		// At least one view between the two: a loaded machine may draw only a few frames in 250 ms.
		else expect(count, 'frames between the two views').toBeGreaterThan(2);
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
	});
}
