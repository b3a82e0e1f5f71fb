import dataset from '$data/events.json';
import { loadTimeline } from '../data/validate';
import type { Timeline } from '../data/types';

/** The shipped dataset, validated at build time: an invalid file fails the prerender with its errors. */
export function defaultTimeline(): Timeline {
	return loadTimeline(dataset, 'data/events.json');
}
