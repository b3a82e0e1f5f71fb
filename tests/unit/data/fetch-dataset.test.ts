import { describe, expect, it } from 'vitest';
import { fetchDatasetBytes } from '../../../src/lib/data/fetch-dataset';

const BASE = 'https://timeline.test/embed';

function answer(status: number, body: string): typeof fetch {
	return async () =>
		new Response(body, { status, statusText: status === 404 ? 'Not Found' : 'OK' });
}

describe('fetchDatasetBytes', () => {
	it('resolves a relative address against the page and returns the bytes', async () => {
		let asked = '';
		const fetcher: typeof fetch = async (url) => {
			asked = String(url);
			return new Response('{"a":1}');
		};
		const result = await fetchDatasetBytes('data/t.json', BASE, fetcher);
		expect(asked).toBe('https://timeline.test/data/t.json');
		expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('{"a":1}');
	});

	it('asks for JSON or CSV, the formats a timeline comes in', async () => {
		let accept = '';
		await fetchDatasetBytes('https://x.test/t.csv', BASE, async (_, init) => {
			accept = new Headers(init?.headers).get('accept') ?? '';
			return new Response('');
		});
		expect(accept).toMatch(/application\/json.*text\/csv/);
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
		]
	])('names the problem with %s', async (_, src, fetcher, expected) => {
		const result = await fetchDatasetBytes(src, BASE, fetcher);
		expect(result.ok ? [] : result.errors).toEqual([expected]);
	});

	it('explains an unreachable server, which is often a CORS refusal', async () => {
		const result = await fetchDatasetBytes('https://x.test/d.json', BASE, async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(result.ok ? '' : result.errors[0]).toMatch(/could not be reached.*CORS/);
	});
});
