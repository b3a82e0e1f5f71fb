/** What the page and the dataset worker (dataset-worker.ts) say to each other. */
import type { LayoutSeed } from '../layout/first-layout';
import type { ReadResult } from './read-dataset';

/**
 * An address to fetch (`?src=` or typed), resolved against `base`; or a local file's bytes. With
 * `prefetch`, the page is already fetching that address (the head script, early-load.ts) and
 * hands over what it got (a Prefetch message), so the worker does not fetch it again.
 */
export type WorkerRequest =
	| { readonly src: string; readonly base: string; readonly prefetch?: string }
	| { readonly url: string; readonly bytes: ArrayBuffer };

/** What the page's own fetch of an address got: the response, or a failure to reach it. */
export type Prefetched =
	| {
			readonly url: string;
			readonly status: number;
			readonly statusText: string;
			readonly bytes: ArrayBuffer;
	  }
	| { readonly url: string; readonly failed: true };

/** The page's fetch handed to the worker, its bytes transferred. */
export interface PrefetchMessage {
	readonly prefetched: Prefetched;
}

/**
 * The worker's answers: the file is fetched and now being read; then the result, once, with the
 * timeline's first layout when it reads.
 */
export type WorkerMessage =
	{ readonly stage: 'validating' } | { readonly result: ReadResult; readonly seed?: LayoutSeed };
