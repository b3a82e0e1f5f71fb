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
 * The dataset without its translations, as prerendering draws it and `/timeline.json` publishes
 * it, and the languages whose translations a reader of them fetches (`/translations/<lang>.json`),
 * so that nobody downloads text in languages they do not read.
 */
export function defaultPageData(): { dataset: DatasetInput; translated: string[] } {
	const { dataset, packs } = splitTranslations(defaultDataset());
	return { dataset, translated: Object.keys(packs) };
}

/**
 * What a timeline page carries itself: the dataset's title and description (its head, while
 * another timeline loads in its place) and the translated languages; the dataset is fetched.
 */
export function defaultPageHeading(): { heading: Heading; translated: string[] } {
	const { dataset, translated } = defaultPageData();
	return { heading: { title: dataset.title, description: dataset.description }, translated };
}
