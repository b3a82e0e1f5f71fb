/**
 * The page's head script fetches a `?src=` address while the dataset worker is still starting,
 * which takes Chromium 100 ms or more on a busy page, and hands the worker the response
 * (early-load.ts). The worker reads it through this fetch, so its checks and messages are those
 * of any other address (fetch-dataset.ts).
 */
import type { Prefetched } from './worker-protocol';

/** Statuses whose responses have no body, which a Response cannot be given one for. */
const NO_BODY = new Set([204, 205, 304]);

/**
 * A fetch that answers `address` with what the page got, once it arrives, and anything else from
 * the network. A page that could not reach the address fails as fetch fails.
 */
export function prefetchedFetch(
	address: string,
	prefetched: Promise<Prefetched>,
	network: typeof fetch = fetch
): typeof fetch {
	return async (input, init) => {
		if (String(input) !== address) return network(input, init);
		const got = await prefetched;
		if ('failed' in got) throw new TypeError(`${address} could not be fetched`);
		const body = NO_BODY.has(got.status) ? null : got.bytes;
		return new Response(body, { status: got.status, statusText: got.statusText });
	};
}
