import { describe, expect, it } from 'vitest';
import { fetchDataset } from '../../../src/lib/data/fetch-dataset';
import { fixture } from '../../support/dataset';

const BASE = 'https://timeline.test/embed';

function answer(status: number, body: string): typeof fetch {
	return async () =>
		new Response(body, { status, statusText: status === 404 ? 'Not Found' : 'OK' });
}

describe('fetchDataset', () => {
	it('resolves a relative address against the page and validates what it gets', async () => {
		let asked = '';
		const fetcher: typeof fetch = async (url) => {
			asked = String(url);
			return new Response(JSON.stringify(fixture('valid-minimal.json')));
		};
		const result = await fetchDataset('data/t.json', BASE, fetcher);
		expect(asked).toBe('https://timeline.test/data/t.json');
		expect(result.ok).toBe(true);
	});

	it.each([
		[
			'a non-web scheme',
			'javascript:alert(1)',
			answer(200, '{}'),
			'"javascript:alert(1)" must be an http: or https: address'
		],
		[
			'a missing file',
			'https://x.test/d.json',
			answer(404, ''),
			'https://x.test/d.json answered 404 Not Found'
		],
		[
			'a file that is not JSON',
			'https://x.test/d.json',
			answer(200, '{"title": '),
			'https://x.test/d.json is not valid JSON: '
		]
	])('names the problem with %s', async (_, src, fetcher, expected) => {
		const result = await fetchDataset(src, BASE, fetcher);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]).toContain(expected);
	});

	it('explains an unreachable server, which is often a CORS refusal', async () => {
		const result = await fetchDataset('https://x.test/d.json', BASE, async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(result.ok ? '' : result.errors[0]).toMatch(/could not be reached.*CORS/);
	});

	it('passes on the dataset’s own errors with their event and field', async () => {
		const data = fixture('valid-minimal.json');
		(data.events[0] as { start: string }).start = '2014-02-30';
		const result = await fetchDataset(
			'https://x.test/d.json',
			BASE,
			answer(200, JSON.stringify(data))
		);
		expect(result.ok ? [] : result.errors[0]).toMatch(
			/^events\[0\] "[a-z0-9-]+": start "2014-02-30" is not a valid date$/
		);
	});

	it('reports when validation starts, so the page can say so', async () => {
		let validating = false;
		await fetchDataset(
			'https://x.test/d.json',
			BASE,
			answer(200, JSON.stringify(fixture('valid-minimal.json'))),
			() => {
				validating = true;
			}
		);
		expect(validating).toBe(true);
	});
});
