import workerUrl from './dataset-worker.ts?worker&url';
import { plantSeed } from '../layout/first-layout';
import { EARLY_LOAD_KEY, takeEarly, type EarlyLoad } from './early-load';
import type { ReadResult } from './read-dataset';
import type { WorkerMessage, WorkerRequest } from './worker-protocol';

export type LoadStage = 'fetching' | 'validating';

/** The built worker's address, for the head script that starts it early (early-load.ts). */
export { workerUrl };

function startWorker(request: WorkerRequest): Worker {
	const worker = new Worker(workerUrl, { type: 'module' });
	worker.postMessage(request, 'bytes' in request ? [request.bytes] : []);
	return worker;
}

/**
 * The worker the head script started for `src`, if it did: taken once, so that a later load of
 * the same address starts afresh.
 */
function takeEarlyLoad(src: string): EarlyLoad | undefined {
	const early = takeEarly<EarlyLoad>(EARLY_LOAD_KEY);
	if (early?.src === src) return early;
	early?.worker.terminate();
	return undefined;
}

/**
 * Waits for a worker's result, passing on its stages; `early` replays what the worker said before
 * the page listened.
 */
function listen(
	worker: Worker,
	onStage: (stage: LoadStage) => void,
	early?: EarlyLoad
): Promise<ReadResult> {
	return new Promise((resolve) => {
		const finish = (result: ReadResult) => {
			worker.terminate();
			resolve(result);
		};
		const fail = () =>
			finish({
				ok: false,
				errors: ['this browser could not start the worker that checks datasets']
			});
		const receive = (message: WorkerMessage) => {
			if ('stage' in message) onStage(message.stage);
			else {
				if (message.seed && message.result.ok) plantSeed(message.result.timeline, message.seed);
				finish(message.result);
			}
		};
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => receive(event.data);
		worker.onerror = fail;
		for (const message of early?.messages ?? []) receive(message);
		if (early?.failed) fail();
	});
}

/**
 * Loads a `?src=` dataset: the worker fetches, reads, imports and validates it. Validation and
 * the importers live only in the worker, which keeps them out of the page's own JavaScript.
 */
export function loadDataset(
	src: string,
	base: string,
	onStage: (stage: LoadStage) => void
): Promise<ReadResult> {
	onStage('fetching');
	const early = takeEarlyLoad(src);
	if (early) return listen(early.worker, onStage, early);
	return listen(startWorker({ src, base }), onStage);
}

/**
 * Reads a file the reader chose or dropped, in the browser: it is never uploaded. Relative media
 * addresses in it resolve against the page.
 */
export async function loadFile(file: Blob, base: string): Promise<ReadResult> {
	const bytes = await file.arrayBuffer();
	return listen(startWorker({ url: base, bytes }), () => undefined);
}
