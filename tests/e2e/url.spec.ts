import { expect, test } from './fixtures';
import { timelineReady, viewDomain } from './helpers';

test('a link with from, to and event opens that view with the event’s details', async ({
	page
}) => {
	await page.goto('/?from=2013-07-01&to=2014-06-30&event=fatah-hamas-reconciliation-2014');
	await expect(page.locator('[data-event-detail="fatah-hamas-reconciliation-2014"]')).toBeVisible();
	const [start, end] = await viewDomain(page);
	expect(start).toBe(Date.UTC(2013, 6, 1));
	expect(end).toBe(Date.UTC(2014, 5, 30));
	await expect(page.locator('[data-event-id="palestinian-unity-government-2014"]')).toBeVisible();
});

test('zooming and selecting write the view into the address, and Fit all clears it', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	const mark = page.locator('[data-timeline] [data-event-id]').first();
	const id = await mark.getAttribute('data-event-id');
	await mark.click();
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect(page).toHaveURL(/\/$/);
});
