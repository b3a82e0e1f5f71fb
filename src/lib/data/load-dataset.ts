import type { WorkerMessage } from './dataset-worker';
import type { ValidationResult } from './validate';

export type LoadStage = 'fetching' | 'validating';

/**
 * Loads a `?src=` dataset in a Web Worker, reporting its stages. Validation lives only in the
 * worker, which keeps the schema library out of the page's own JavaScript.
 */
export function loadDataset(
	src: string,
	base: string,
	onStage: (stage: LoadStage) => void
): Promise<ValidationResult> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
			if (event.data.type === 'progress') {
				onStage(event.data.stage);
				return;
			}
			worker.terminate();
			resolve(event.data.result);
		};
		worker.onerror = () => {
			worker.terminate();
			resolve({
				ok: false,
				errors: ['this browser could not start the worker that checks datasets']
			});
		};
		worker.postMessage({ src, base });
	});
}
