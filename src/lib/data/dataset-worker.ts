/// <reference lib="webworker" />
/**
 * Reads and validates a fetched `?src=` dataset off the main thread, so a file of tens of
 * thousands of events never freezes the page.
 */
import { readDataset } from './read-dataset';

export interface WorkerRequest {
	readonly url: string;
	readonly bytes: ArrayBuffer;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	scope.postMessage(await readDataset(event.data.bytes, event.data.url));
};
