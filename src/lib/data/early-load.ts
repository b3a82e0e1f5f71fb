/**
 * The head script of the pages that read `?src=`. It starts the dataset worker on the address as
 * soon as the head is parsed, the request in the worker's name (see dataset-worker.ts), so the
 * file is fetched, read and validated while the page's own JavaScript downloads and hydrates,
 * instead of after. It keeps what the worker says until the
 * page takes the worker over (load-dataset.ts). The address is not checked here: the worker
 * applies the same rules and gives the same messages as for any other address. Without
 * JavaScript nothing runs, and the prerendered default timeline stays. With it, that timeline is
 * hidden until the page hydrates (app.css), as it would only be laid out, shown and replaced.
 */
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

/** The script's text for a `<script>` element, given the built worker's address. */
export function earlyLoadScript(workerUrl: string): string {
	// The address is the build's own; escaping "<" keeps any text from closing the element.
	const url = JSON.stringify(workerUrl).replaceAll('<', '\\u003c');
	return (
		`{const src = new URLSearchParams(location.search).get('src');` +
		` if (src) try {` +
		` const name = JSON.stringify({ src, base: location.href });` +
		` const early = { src, messages: [], failed: false, worker: new Worker(${url}, { type: 'module', name }) };` +
		` early.worker.onmessage = (event) => early.messages.push(event.data);` +
		` early.worker.onerror = () => { early.failed = true; };` +
		` window.${EARLY_LOAD_KEY} = early;` +
		` document.documentElement.dataset.srcLoading = '';` +
		` } catch { /* no worker here: the page starts its own and reports what fails */ }}`
	);
}
