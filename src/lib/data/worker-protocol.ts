/** What the page and the dataset worker (dataset-worker.ts) say to each other. */
import type { LayoutSeed } from '../layout/first-layout';
import type { ReadResult } from './read-dataset';

/** An address to fetch (`?src=` or typed), resolved against `base`; or a local file's bytes. */
export type WorkerRequest =
	| { readonly src: string; readonly base: string }
	| { readonly url: string; readonly bytes: ArrayBuffer };

/**
 * The worker's answers: the file is fetched and now being read; then the result, once, with the
 * timeline's first layout when it reads.
 */
export type WorkerMessage =
	{ readonly stage: 'validating' } | { readonly result: ReadResult; readonly seed?: LayoutSeed };
