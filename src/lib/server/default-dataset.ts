import dataset from '$data/events.json';
import { loadTimeline } from '../data/validate';
import type { DatasetInput } from '../data/schema';
import type { Heading } from '../data/types';
import { splitTranslations } from '../data/translation-pack';

/**
 * The shipped dataset, validated when the site is built: an invalid file fails the prerender with
 * its errors. Pages receive the file as written, which is smaller than the normalised timeline,
 * and normalise it themselves.
 */
export function defaultDataset(): DatasetInput {
	loadTimeline(dataset, 'data/events.json');
	return dataset as DatasetInput;
}

/**
 * What a timeline page carries: the dataset's own title and description (its head, while another
 * timeline loads in its place), and the languages whose translations a reader of them fetches
 * (`/translations/<lang>.json`), so that nobody downloads text in languages they do not read.
 * The dataset itself is published on its own, without its translations (routes/timeline.json).
 */
export function defaultPageData(): { dataset: DatasetInput; translated: string[] } {
	const { dataset, packs } = splitTranslations(defaultDataset());
	return { dataset, translated: Object.keys(packs) };
}

/** The small part of the default page's data that the page itself carries. */
export function defaultPageHeading(): { heading: Heading; translated: string[] } {
	const { dataset, translated } = defaultPageData();
	return { heading: { title: dataset.title, description: dataset.description }, translated };
}
