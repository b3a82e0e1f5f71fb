import { expect, test } from './fixtures';
import { serve, type Served, timelineReady } from './helpers';

let data: Served;

const valid = {
	title: 'A tiny fixture timeline',
	description: 'Two events served from another origin.',
	language: 'en-GB',
	events: [
		{
			id: 'first',
			start: '2001-02',
			title: 'First fixture event',
			summary: 'One.',
			importance: 1,
			sources: [{ title: 'Fixture', url: 'https://example.org/a', publisher: 'Example' }]
		},
		{
			id: 'second',
			start: '2003-04-05',
			title: 'Second fixture event',
			summary: 'Two.',
			importance: 2,
			sources: [{ title: 'Fixture', url: 'https://example.org/b', publisher: 'Example' }]
		}
	]
};

test.beforeAll(async () => {
	const invalid = structuredClone(valid);
	invalid.events[1]!.start = '2003-02-30';
	data = await serve({
		'/valid.json': { type: 'application/json', body: JSON.stringify(valid) },
		'/invalid.json': { type: 'application/json', body: JSON.stringify(invalid) },
		'/broken.json': { type: 'application/json', body: '{"title": ' }
	});
});

test.afterAll(async () => data.close());

test('?src= loads a dataset from a CORS-enabled origin and marks timeline-ready after it renders', async ({
	page
}) => {
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/valid.json`)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(valid.title);
	await expect(page.locator('[data-event-id]')).toHaveCount(2);
	await timelineReady(page);
});

test('an invalid dataset shows an alert naming the event, the field and the reason', async ({
	page
}) => {
	await page.goto(`/embed?src=${encodeURIComponent(`${data.origin}/invalid.json`)}`);
	await expect(page.getByRole('alert')).toContainText(
		'events[1] "second": start "2003-02-30" is not a valid date'
	);
});

test('an unreachable or broken dataset shows an alert instead of a blank page', async ({
	page,
	problems
}) => {
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/broken.json`)}`);
	await expect(page.getByRole('alert')).toContainText('is not valid JSON');
	problems.expectHttpError(404, `${data.origin}/missing.json`);
	await page.goto(`/?src=${encodeURIComponent(`${data.origin}/missing.json`)}`);
	await expect(page.getByRole('alert')).toContainText('404');
});
