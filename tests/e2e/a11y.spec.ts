import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

/** WCAG 2.1 A and AA rules that axe can check automatically, on each way the timeline is seen. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const path of [
	'/',
	'/embed',
	'/embed?theme=dark',
	'/?event=oslo-i-declaration-of-principles'
]) {
	test(`${path} has no automatically detectable accessibility violations`, async ({ page }) => {
		await page.goto(path);
		await timelineReady(page);
		const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		const summary = results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes
					.map((node) => node.target.join(' '))
					.slice(0, 3)
					.join(', ')}`
		);
		expect(summary).toEqual([]);
	});
}
