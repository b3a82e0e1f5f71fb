/// <reference lib="webworker" />
/**
 * Fetches, reads and validates a dataset off the main thread, so a file of tens of thousands of
 * events never freezes the page. For `?src=` the page's head starts it before the page's own
 * JavaScript has loaded (early-load.ts), so the file is read while the page hydrates.
 */
import { firstLayoutSeed } from '../layout/first-layout';
import { fetchDatasetBytes } from './fetch-dataset';
import { prefetchedFetch } from './prefetch';
import type { Prefetched, PrefetchMessage, WorkerMessage, WorkerRequest } from './worker-protocol';
import { readDataset, type ReadResult } from './read-dataset';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

/** What the head script fetched for this worker, when it did. */
let deliver: (prefetched: Prefetched) => void = () => undefined;
const prefetched = new Promise<Prefetched>((resolve) => (deliver = resolve));

/** The result, with the timeline's first layout when it reads (see first-layout.ts). */
const answer = (result: ReadResult) =>
	post(result.ok ? { result, seed: firstLayoutSeed(result.timeline) } : { result });

async function handle(request: WorkerRequest): Promise<void> {
	if ('bytes' in request) {
		answer(await readDataset(request.bytes, request.url));
		return;
	}
	const fetcher = request.prefetch ? prefetchedFetch(request.prefetch, prefetched) : fetch;
	const fetched = await fetchDatasetBytes(request.src, request.base, fetcher);
	if (!fetched.ok) {
		post({ result: fetched });
		return;
	}
	post({ stage: 'validating' });
	answer(await readDataset(fetched.bytes, fetched.url));
}

scope.onmessage = (event: MessageEvent<WorkerRequest | PrefetchMessage>) => {
	if ('prefetched' in event.data) deliver(event.data.prefetched);
	else void handle(event.data);
};

// The head script gives its address in the worker's name: a message posted to a worker that is
// still starting waits for the page's main thread, busy with the page, to deliver it.
if (scope.name) void handle(JSON.parse(scope.name) as WorkerRequest);
