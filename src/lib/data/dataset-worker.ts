/// <reference lib="webworker" />
/**
 * Parses and validates a fetched `?src=` dataset off the main thread, so a file of tens of
 * thousands of events never freezes the page.
 */
import { parseDataset } from './parse-dataset';

export interface WorkerRequest {
	readonly url: string;
	readonly bytes: ArrayBuffer;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
	scope.postMessage(parseDataset(event.data.bytes, event.data.url));
};
