import { splitTranslations } from '$lib/data/translation-pack';
import { defaultDataset } from '$lib/server/default-dataset';
import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One file per language the default dataset is translated into. */
export const entries: EntryGenerator = () =>
	Object.keys(splitTranslations(defaultDataset()).packs).map((lang) => ({ lang }));

/** The default dataset's text in one language, fetched by its readers only. */
export const GET: RequestHandler = ({ params }) => {
	const pack = splitTranslations(defaultDataset()).packs[params.lang];
	if (!pack) error(404, 'No such translation');
	return json(pack);
};
