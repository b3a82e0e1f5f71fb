import type { WorkerRequest } from './dataset-worker';
import { fetchDatasetBytes } from './fetch-dataset';
import type { ReadResult } from './read-dataset';

export type LoadStage = 'fetching' | 'validating';

/**
 * Loads a `?src=` dataset: the worker starts while the page fetches the file, then takes the
 * bytes (transferred, not copied) to read, import and validate them. Validation and the importers
 * live only in the worker, which keeps them out of the page's own JavaScript.
 */
export async function loadDataset(
	src: string,
	base: string,
	onStage: (stage: LoadStage) => void
): Promise<ReadResult> {
	const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
	onStage('fetching');
	const fetched = await fetchDatasetBytes(src, base);
	if (!fetched.ok) {
		worker.terminate();
		return fetched;
	}
	onStage('validating');
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
		const request: WorkerRequest = { url: fetched.url, bytes: fetched.bytes };
		worker.postMessage(request, [fetched.bytes]);
	});
}
