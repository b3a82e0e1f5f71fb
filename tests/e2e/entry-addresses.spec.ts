import { expect, test } from './fixtures';
import { APP_ORIGIN, timelineReady, viewDomain } from './helpers';

const TALKS = 'from=2013-07-01&to=2014-06-30';
const EVENT = 'event=us-led-talks-2013-14';

/**
 * Addresses a reader may arrive at, and the address each settles on: the canonical form of the
 * view it shows, with what could not be read dropped and named in a notice, or the address itself
 * when it already says that view.
 */
const CASES: { query: string; canonical: string; notice?: RegExp }[] = [
	{ query: '', canonical: '' },
	{ query: TALKS, canonical: TALKS },
	{ query: EVENT, canonical: EVENT },
	{ query: `${TALKS}&${EVENT}`, canonical: `${TALKS}&${EVENT}` },
	{ query: `${EVENT}&${TALKS}`, canonical: `${TALKS}&${EVENT}` },
	// An address that already says its view is left as it was spelled, ":" or "%3A".
	{
		query: 'from=2023-08-20T06:00Z&to=2023-09-10T18:00Z',
		canonical: 'from=2023-08-20T06:00Z&to=2023-09-10T18:00Z'
	},
	{
		query: 'from=2023-08-20T06%3A00Z&to=2023-09-10T18%3A00Z',
		canonical: 'from=2023-08-20T06%3A00Z&to=2023-09-10T18%3A00Z'
	},
	{
		query: 'from=2023-09-04T06:00Z&to=2023-09-06T18:00Z',
		canonical: 'from=2023-09-04T00%3A00Z&to=2023-09-07T00%3A00Z'
	},
	{
		query: 'event=nope',
		canonical: '',
		notice: /No event “nope” in this timeline; showing all events\./
	},
	{
		query: `${TALKS}&event=nope`,
		canonical: TALKS,
		notice: /No event “nope” in this timeline\./
	},
	{ query: 'from=banana&to=', canonical: '', notice: /from “banana” to “”/ },
	{ query: 'from=2013-07-01', canonical: '', notice: /from “2013-07-01” to “”/ },
	{ query: 'to=2014-06-30', canonical: '', notice: /from “” to “2014-06-30”/ },
	{
		query: 'from=2014-06-30&to=2013-07-01',
		canonical: '',
		notice: /from “2014-06-30” to “2013-07-01”/
	},
	{ query: 'from=2013-02-30&to=2014-01-01', canonical: '', notice: /could not be read/ },
	{ query: 'from=1000-01-01&to=3000-01-01', canonical: '' },
	{ query: `${EVENT}&utm_source=newsletter`, canonical: `utm_source=newsletter&${EVENT}` },
	{ query: 'event=', canonical: '' }
];

for (const path of ['/', '/embed']) {
	for (const { query, canonical, notice } of CASES) {
		test(`${path}?${query} settles on ${path}${canonical ? `?${canonical}` : ''} with no error`, async ({
			page
		}) => {
			await page.goto(query ? `${path}?${query}` : path);
			await timelineReady(page);
			const status = page.locator('[data-timeline] .notice');
			if (notice) await expect(status).toHaveText(notice);
			await expect
				.poll(() => new URL(page.url()).search, { timeout: 3000 })
				.toBe(canonical ? `?${canonical}` : '');
			if (!notice) await expect(status).toBeEmpty();
			// The canonical address is a fixed point: opened afresh, it shows the same view.
			const view = await viewDomain(page);
			await page.goto(page.url());
			await timelineReady(page);
			expect(await viewDomain(page)).toEqual(view);
			await page.waitForTimeout(300);
			expect(new URL(page.url()).search).toBe(canonical ? `?${canonical}` : '');
		});
	}
}

test('the notice about an ignored parameter can be dismissed', async ({ page }) => {
	await page.goto('/?event=nope');
	const status = page.locator('[data-timeline] .notice');
	await status.getByRole('button', { name: 'Dismiss' }).click();
	await expect(status).toBeEmpty();
});

for (const path of ['/nope', '/embed/nope', '/events/nope', '/index.html/x']) {
	test(`${path} is a titled page-not-found page that links back to the timeline`, async ({
		page,
		problems
	}) => {
		problems.expectHttpError(404, `${APP_ORIGIN}${path}`);
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page).toHaveTitle('Page not found');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('link', { name: 'Open the timeline' }).click();
		await timelineReady(page);
		expect(new URL(page.url()).pathname).toBe('/');
	});
}

test('the static 404.html that hosts serve is prerendered with a title and a language', async ({
	page
}) => {
	await page.goto('/404');
	await expect(page).toHaveTitle('Page not found');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
