import { localise } from '$lib/data/localise';
import { normalise } from '$lib/data/normalise';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import { defaultDataset } from '$lib/server/default-dataset';
import { eventJsonLd, eventPageData, type EventPageData } from '$lib/server/event-page';
import { oEmbedUrl } from '$lib/server/oembed';
import { SCREENSHOT, siteOrigin } from '$lib/server/site';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page for every event of the default dataset. */
export const entries: EntryGenerator = () => defaultDataset().events.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const timeline = normalise(defaultDataset());
	if (!timeline.events.some((event) => event.id === params.id)) error(404, 'No such event');
	const origin = siteOrigin();
	const url = `${origin}/events/${params.id}`;
	return {
		// The page in each interface language: the reader's is shown once the page runs.
		pages: Object.fromEntries(
			LOCALES.map((locale) => [
				locale,
				eventPageData(localise(timeline, { locale, tag: locale }), params.id)
			])
		) as Record<Locale, EventPageData>,
		// What search engines read, in the dataset's own language like the rest of the page's head.
		jsonLd: eventJsonLd(timeline, params.id, url),
		site: {
			title: timeline.title,
			url,
			image: `${origin}${SCREENSHOT.path}`,
			oembed: oEmbedUrl.event(params.id)
		}
	};
};
