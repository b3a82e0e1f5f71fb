import { error, json } from '@sveltejs/kit';
import { defaultDataset } from '$lib/server/default-dataset';
import { eventOEmbed } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

/** The oEmbed document of each event's page, found through the discovery link in its head. */
export const prerender = true;

export const entries: EntryGenerator = () => defaultDataset().events.map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const document = eventOEmbed(params.id);
	if (!document) error(404, 'No such event');
	return json(document);
};
