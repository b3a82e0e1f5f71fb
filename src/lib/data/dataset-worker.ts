/// <reference lib="webworker" />
/**
 * Fetches, reads and validates a dataset off the main thread, so a file of tens of thousands of
 * events never freezes the page. For `?src=` the page's head starts it before the page's own
 * JavaScript has loaded (early-load.ts), so the file is read while the page hydrates.
 */
import { fetchDatasetBytes } from './fetch-dataset';
import type { WorkerMessage, WorkerRequest } from './worker-protocol';
import { readDataset } from './read-dataset';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	if ('bytes' in request) {
		post({ result: await readDataset(request.bytes, request.url) });
		return;
	}
	const fetched = await fetchDatasetBytes(request.src, request.base);
	if (!fetched.ok) {
		post({ result: fetched });
		return;
	}
	post({ stage: 'validating' });
	post({ result: await readDataset(fetched.bytes, fetched.url) });
};
