/**
 * The head script of the timeline pages, `/` and `/embed`. With `?src=` it starts the dataset
 * worker on the address as soon as the head is parsed, the request in the worker's name (see
 * dataset-worker.ts), so the file is fetched, read and validated while the page's own JavaScript
 * downloads and hydrates, instead of after. It fetches a web address itself meanwhile, as the
 * worker takes 100 ms or more to start, and hands the worker the response (prefetch.ts). It keeps
 * what the worker says until the page takes the worker over (load-dataset.ts). The address is not
 * checked here: the worker applies the same rules and gives the same messages as for any other
 * address. Without JavaScript nothing runs, and the prerendered default timeline stays. With it,
 * that timeline is hidden until the page hydrates (app.css), as it would only be laid out, shown
 * and replaced.
 *
 * Without `?src=` it starts fetching the shipped dataset, which the page hydrates with
 * (default-timeline.ts), while the page's JavaScript downloads.
 */
import { ACCEPT } from './fetch-dataset';
import type { DatasetInput } from './schema';
import { SHEETS_HOST } from './sheet-address';
import type { WorkerMessage } from './worker-protocol';

/** Where the head script leaves the worker for the page, on `window`. */
export const EARLY_LOAD_KEY = '__timelineEarlyLoad';

/** What the head script leaves for the page. */
export interface EarlyLoad {
	/** The `?src=` value the worker was given. */
	readonly src: string;
	readonly worker: Worker;
	/** What the worker posted before the page took it over, in order. */
	readonly messages: WorkerMessage[];
	/** The worker could not start or failed before the page took it over. */
	failed: boolean;
}

/** Where the head script leaves its fetch of the shipped dataset, on `window`. */
export const EARLY_DEFAULT_KEY = '__timelineDefault';

/** What that fetch gives: the dataset, or undefined when it could not be read. */
export type EarlyDefault = Promise<DatasetInput | undefined>;

/** What the head script left on `window` under `key`, taken once so a later load starts afresh. */
export function takeEarly<T>(key: typeof EARLY_LOAD_KEY | typeof EARLY_DEFAULT_KEY): T | undefined {
	const holder = window as unknown as Record<string, T | undefined>;
	const early = holder[key];
	delete holder[key];
	return early;
}

/** A string literal for the script; escaping "<" keeps any text from closing the element. */
const literal = (text: string) => JSON.stringify(text).replaceAll('<', '\\u003c');

/**
 * The script's text for a `<script>` element, given the built worker's address and the shipped
 * dataset's, both the build's own.
 */
export function earlyLoadScript(workerUrl: string, defaultUrl: string): string {
	const url = literal(workerUrl);
	// A Google Sheets link is fetched as its CSV export, which only the worker works out.
	return (
		`{const src = new URLSearchParams(location.search).get('src');` +
		` if (src) try {` +
		` let prefetch; try { const address = new URL(src, location.href);` +
		` if (/^https?:$/.test(address.protocol) && address.hostname !== ${literal(SHEETS_HOST)}) prefetch = address.href; } catch {}` +
		` const name = JSON.stringify({ src, base: location.href, prefetch });` +
		` const early = { src, messages: [], failed: false, worker: new Worker(${url}, { type: 'module', name }) };` +
		` early.worker.onmessage = (event) => early.messages.push(event.data);` +
		` early.worker.onerror = () => { early.failed = true; };` +
		` window.${EARLY_LOAD_KEY} = early;` +
		` document.documentElement.dataset.srcLoading = '';` +
		` const hand = (prefetched, transfer) => early.worker.postMessage({ prefetched }, transfer);` +
		` if (prefetch) fetch(prefetch, { headers: { accept: ${literal(ACCEPT)} } })` +
		`.then((response) => response.arrayBuffer().then((bytes) =>` +
		` hand({ url: prefetch, status: response.status, statusText: response.statusText, bytes }, [bytes])))` +
		`.catch(() => hand({ url: prefetch, failed: true }, []));` +
		` } catch { /* no worker here: the page starts its own and reports what fails */ }` +
		` else window.${EARLY_DEFAULT_KEY} = fetch(${literal(defaultUrl)})` +
		`.then((response) => (response.ok ? response.json() : undefined)).catch(() => undefined);}`
	);
}
