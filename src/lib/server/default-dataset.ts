import dataset from '$data/events.json';
import { loadTimeline } from '../data/validate';
import type { DatasetInput } from '../data/schema';

/**
 * The shipped dataset, validated when the site is built: an invalid file fails the prerender with
 * its errors. Pages receive the file as written, which is smaller than the normalised timeline,
 * and normalise it themselves.
 */
export function defaultDataset(): DatasetInput {
	loadTimeline(dataset, 'data/events.json');
	return dataset as DatasetInput;
}
