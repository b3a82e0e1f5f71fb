import type { WorkerRequest } from './dataset-worker';
import { fetchDatasetBytes } from './fetch-dataset';
import type { ReadResult } from './read-dataset';

export type LoadStage = 'fetching' | 'validating';

function startWorker(): Worker {
	return new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
}

/** Hands bytes to a started worker (transferred, not copied) and waits for its answer. */
function readInWorker(worker: Worker, request: WorkerRequest): Promise<ReadResult> {
	return new Promise((resolve) => {
		worker.onmessage = (event: MessageEvent<ReadResult>) => {
			worker.terminate();
			resolve(event.data);
		};
		worker.onerror = () => {
			worker.terminate();
			resolve({
				ok: false,
				errors: ['this browser could not start the worker that checks datasets']
			});
		};
		worker.postMessage(request, [request.bytes]);
	});
}

/**
 * Loads a `?src=` dataset: the worker starts while the page fetches the file, then takes the
 * bytes to read, import and validate them. Validation and the importers live only in the worker,
 * which keeps them out of the page's own JavaScript.
 */
export async function loadDataset(
	src: string,
	base: string,
	onStage: (stage: LoadStage) => void
): Promise<ReadResult> {
	const worker = startWorker();
	onStage('fetching');
	const fetched = await fetchDatasetBytes(src, base);
	if (!fetched.ok) {
		worker.terminate();
		return fetched;
	}
	onStage('validating');
	return readInWorker(worker, { url: fetched.url, bytes: fetched.bytes });
}

/**
 * Reads a file the reader chose or dropped, in the browser: it is never uploaded. Relative media
 * addresses in it resolve against the page.
 */
export async function loadFile(file: Blob, base: string): Promise<ReadResult> {
	const worker = startWorker();
	return readInWorker(worker, { url: base, bytes: await file.arrayBuffer() });
}
