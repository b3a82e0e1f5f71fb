import { describe, expect, it } from 'vitest';
import { fetchDatasetBytes } from '../../../src/lib/data/fetch-dataset';
import { prefetchedFetch } from '../../../src/lib/data/prefetch';
import type { Prefetched } from '../../../src/lib/data/worker-protocol';

const ADDRESS = 'https://x.test/data/t.json';
const BASE = 'https://timeline.test/?src=x';
const text = (fetched: Awaited<ReturnType<typeof fetchDatasetBytes>>) =>
	fetched.ok && new TextDecoder().decode(fetched.bytes);

/** A network that records what it is asked for. */
function network() {
	const asked: string[] = [];
	const fetcher: typeof fetch = async (input) => {
		asked.push(String(input));
		return new Response('{"from":"network"}');
	};
	return { asked, fetcher };
}

/** What the page got for ADDRESS: a response with `body`. */
const answered = (status: number, statusText: string, body = ''): Prefetched => ({
	url: ADDRESS,
	status,
	statusText,
	bytes: new TextEncoder().encode(body).buffer
});

/** Fetches `src` as the worker does, ADDRESS answered with `got`. */
const fetchWith = (got: Promise<Prefetched>, src = ADDRESS, net: typeof fetch = fetch) =>
	fetchDatasetBytes(src, BASE, prefetchedFetch(ADDRESS, got, net));

describe('prefetchedFetch', () => {
	it('answers the prefetched address with what the page got, without the network', async () => {
		const { asked, fetcher } = network();
		const fetched = await fetchWith(
			Promise.resolve(answered(200, 'OK', '{"a":1}')),
			ADDRESS,
			fetcher
		);
		expect(text(fetched)).toBe('{"a":1}');
		expect(asked).toEqual([]);
	});

	it('gives an HTTP error the message any fetch gets', async () => {
		expect(await fetchWith(Promise.resolve(answered(404, 'Not Found')))).toEqual({
			ok: false,
			errors: [`${ADDRESS} answered 404 Not Found`]
		});
	});

	it('keeps a body-less status body-less', async () => {
		const fetched = await fetchWith(Promise.resolve(answered(204, 'No Content')));
		expect(fetched.ok && fetched.bytes.byteLength).toBe(0);
	});

	it('fails as fetch fails when the page could not reach the address', async () => {
		const fetched = await fetchWith(Promise.resolve({ url: ADDRESS, failed: true }));
		expect(fetched.ok).toBe(false);
		expect(!fetched.ok && fetched.errors[0]).toMatch(/could not be reached.*CORS/);
	});

	it('asks the network for any other address, without waiting for the page', async () => {
		const { asked, fetcher } = network();
		const never = new Promise<Prefetched>(() => undefined);
		const fetched = await fetchWith(never, 'https://y.test/other.json', fetcher);
		expect(asked).toEqual(['https://y.test/other.json']);
		expect(text(fetched)).toBe('{"from":"network"}');
	});
});
