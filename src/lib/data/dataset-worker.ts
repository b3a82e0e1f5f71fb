/// <reference lib="webworker" />
/**
 * Fetches, parses and validates a `?src=` dataset off the main thread, so a file of tens of
 * thousands of events never freezes the page; it reports each stage for the progress message.
 */
import { fetchDataset } from './fetch-dataset';

export type WorkerRequest = { readonly src: string; readonly base: string };
export type WorkerMessage =
	| { readonly type: 'progress'; readonly stage: 'fetching' | 'validating' }
	| { readonly type: 'done'; readonly result: Awaited<ReturnType<typeof fetchDataset>> };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const post = (message: WorkerMessage) => scope.postMessage(message);
	post({ type: 'progress', stage: 'fetching' });
	const result = await fetchDataset(event.data.src, event.data.base, fetch, () =>
		post({ type: 'progress', stage: 'validating' })
	);
	post({ type: 'done', result });
};
