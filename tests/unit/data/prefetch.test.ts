import { describe, expect, it } from 'vitest';
import { fetchDatasetBytes } from '../../../src/lib/data/fetch-dataset';
import { prefetchedFetch } from '../../../src/lib/data/prefetch';
import type { Prefetched } from '../../../src/lib/data/worker-protocol';

const ADDRESS = 'https://x.test/data/t.json';
const BASE = 'https://timeline.test/?src=x';
const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** A network that records what it is asked for. */
function network() {
	const asked: string[] = [];
	const fetcher: typeof fetch = async (input) => {
		asked.push(String(input));
		return new Response('{"from":"network"}');
	};
	return { asked, fetcher };
}

describe('prefetchedFetch', () => {
	it('answers the prefetched address with what the page got, without the network', async () => {
		const { asked, fetcher } = network();
		const got: Prefetched = {
			url: ADDRESS,
			status: 200,
			statusText: 'OK',
			bytes: bytes('{"a":1}')
		};
		const fetched = await fetchDatasetBytes(
			ADDRESS,
			BASE,
			prefetchedFetch(ADDRESS, Promise.resolve(got), fetcher)
		);
		expect(fetched.ok && new TextDecoder().decode(fetched.bytes)).toBe('{"a":1}');
		expect(asked).toEqual([]);
	});

	it('gives an HTTP error the message any fetch gets', async () => {
		const got: Prefetched = {
			url: ADDRESS,
			status: 404,
			statusText: 'Not Found',
			bytes: bytes('')
		};
		expect(
			await fetchDatasetBytes(ADDRESS, BASE, prefetchedFetch(ADDRESS, Promise.resolve(got)))
		).toEqual({ ok: false, errors: [`${ADDRESS} answered 404 Not Found`] });
	});

	it('keeps a body-less status body-less', async () => {
		const got: Prefetched = {
			url: ADDRESS,
			status: 204,
			statusText: 'No Content',
			bytes: bytes('')
		};
		const fetched = await fetchDatasetBytes(
			ADDRESS,
			BASE,
			prefetchedFetch(ADDRESS, Promise.resolve(got))
		);
		expect(fetched.ok && fetched.bytes.byteLength).toBe(0);
	});

	it('fails as fetch fails when the page could not reach the address', async () => {
		const fetched = await fetchDatasetBytes(
			ADDRESS,
			BASE,
			prefetchedFetch(ADDRESS, Promise.resolve({ url: ADDRESS, failed: true }))
		);
		expect(fetched.ok).toBe(false);
		expect(!fetched.ok && fetched.errors[0]).toMatch(/could not be reached.*CORS/);
	});

	it('asks the network for any other address, without waiting for the page', async () => {
		const { asked, fetcher } = network();
		const never = new Promise<Prefetched>(() => undefined);
		const fetched = await fetchDatasetBytes(
			'https://y.test/other.json',
			BASE,
			prefetchedFetch(ADDRESS, never, fetcher)
		);
		expect(asked).toEqual(['https://y.test/other.json']);
		expect(fetched.ok && new TextDecoder().decode(fetched.bytes)).toBe('{"from":"network"}');
	});
});
