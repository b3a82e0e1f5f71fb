/**
 * The shipped dataset for the pages that show it, `/` and `/embed`. Prerendering draws it into the
 * page, but the page does not carry it for hydration: it is published as `/timeline.json`, which
 * the head script starts fetching at once (early-load.ts), and the page hydrates once it is
 * there. A page given `?src=` never reads it, so the other timeline's first paint does not wait
 * for 200 KB of someone else's data to be parsed.
 */
import { resolve } from '$app/paths';
import type { LoadEvent } from '@sveltejs/kit';
import { EARLY_DEFAULT_KEY, takeEarly, type EarlyDefault } from './early-load';
import type { DatasetInput } from './schema';

/** Where the dataset is published (routes/timeline.json), as the page's links and scripts give it. */
export const defaultTimelineAddress = () => resolve('/timeline.json');

/**
 * The shipped dataset in the browser: the head script's fetch when it made one, else a fetch of
 * its own. Throws when it cannot be read, which SvelteKit shows as the error page.
 */
export async function fetchDefaultDataset(fetcher: typeof fetch = fetch): Promise<DatasetInput> {
	const early = await takeEarly<EarlyDefault>(EARLY_DEFAULT_KEY);
	if (early) return early;
	const address = defaultTimelineAddress();
	const response = await fetcher(address);
	if (!response.ok) throw new Error(`${address} answered ${response.status}`);
	return (await response.json()) as DatasetInput;
}

/**
 * A timeline page's dataset: while prerendering the file itself, which is drawn but not carried;
 * in the browser the published copy, or nothing when `?src=` asks for another timeline. Reading
 * `src` is not a dependency: the page itself loads what a new address asks for.
 */
export async function loadDefaultDataset({
	fetch,
	url,
	untrack
}: Pick<LoadEvent, 'fetch' | 'url' | 'untrack'>): Promise<DatasetInput | undefined> {
	if (import.meta.env.SSR) {
		const { defaultPageData } = await import('../server/default-dataset');
		return defaultPageData().dataset;
	}
	if (untrack(() => url.searchParams.get('src'))) return undefined;
	return fetchDefaultDataset(fetch);
}
