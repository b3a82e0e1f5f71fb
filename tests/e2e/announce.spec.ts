import { expect, test } from './fixtures';
import { timelineReady } from './helpers';

test('zooming and searching are announced politely once they settle, and loading is not', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	const status = page.locator('[data-announcer]');
	await expect(status).toHaveAttribute('role', 'status');
	await page.waitForTimeout(1000);
	await expect(status).toHaveText('');

	// Four quick steps are one announcement, of the view they end in.
	const said: string[] = [];
	await page.exposeFunction('heard', (text: string) => said.push(text));
	await status.evaluate((node) =>
		new MutationObserver(() =>
			(window as unknown as { heard(text: string): void }).heard(node.textContent ?? '')
		).observe(node, { childList: true, characterData: true, subtree: true })
	);
	await page.locator('[data-timeline] svg[data-canvas] [tabindex="0"]').focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	await expect(status).toHaveText(/^\d{4}( to \d{4})?: \d+ events?\.$/);
	await page.waitForTimeout(800);
	expect(said).toHaveLength(1);

	await page.keyboard.press('0');
	await expect(status).toHaveText(/^\d{4} to \d{4}: 127 events\.$/);
	await page.getByLabel('Search events').fill('oslo');
	await expect(status).toHaveText(/^\d{4} to \d{4}: \d+ matching events?\.$/);
});
