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

	// Nothing is said while the keys keep coming: each announcement waits for a pause.
	await status.evaluate((node) => {
		const log: string[] = [];
		(window as unknown as { announceLog: string[] }).announceLog = log;
		document.addEventListener('keydown', () => log.push(`key ${performance.now()}`));
		new MutationObserver(() => log.push(`said ${performance.now()}`)).observe(node, {
			childList: true,
			characterData: true,
			subtree: true
		});
	});
	await page.locator('[data-timeline] svg[data-canvas] [tabindex="0"]').focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	await expect(status).toHaveText(/^\d{4}( to \d{4})?: \d+ events?\.$/);
	const log = await page.evaluate(
		() => (window as unknown as { announceLog: string[] }).announceLog
	);
	let lastKey = -Infinity;
	for (const entry of log) {
		const [what, at] = entry.split(' ') as [string, string];
		if (what === 'key') lastKey = Number(at);
		else expect(Number(at) - lastKey, 'quiet before an announcement').toBeGreaterThan(600);
	}

	await page.keyboard.press('0');
	await expect(status).toHaveText(/^\d{4} to \d{4}: 127 events\.$/);
	await page.getByLabel('Search events').fill('oslo');
	await expect(status).toHaveText(/^\d{4} to \d{4}: \d+ matching events?\.$/);
});
