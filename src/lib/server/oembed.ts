import { normalise } from '../data/normalise';
import type { Timeline } from '../data/types';
import { oEmbedDocument, type OEmbedRich } from '../embed/oembed';
import { clampDomain, zoomBounds } from '../scale/zoom';
import { focusDomain } from '../story/walk';
import { viewSearch } from '../url/view-params';
import { defaultDataset } from './default-dataset';
import { SCREENSHOT, siteOrigin } from './site';

/** Where each page's oEmbed document is published, for its discovery link. */
export const oEmbedUrl = {
	timeline: () => `${siteOrigin()}/oembed.json`,
	event: (id: string) => `${siteOrigin()}/oembed/events/${encodeURIComponent(id)}.json`
};

function document(timeline: Timeline, title: string, viewSearch: string): OEmbedRich {
	const origin = siteOrigin();
	return oEmbedDocument({
		origin,
		title,
		provider: timeline.title,
		viewSearch,
		thumbnail: { ...SCREENSHOT, url: `${origin}${SCREENSHOT.path}` }
	});
}

/** The default dataset's whole timeline. */
export function timelineOEmbed(): OEmbedRich {
	const timeline = normalise(defaultDataset());
	return document(timeline, timeline.title, '');
}

/**
 * One event of the default dataset, open, in the view the timeline moves to when the event is
 * opened from the whole timeline; undefined for an unknown id.
 */
export function eventOEmbed(id: string): OEmbedRich | undefined {
	const timeline = normalise(defaultDataset());
	const event = timeline.events.find((e) => e.id === id);
	if (!event) return undefined;
	const bounds = zoomBounds(timeline.extent);
	const domain = clampDomain(focusDomain(event, bounds.full), bounds);
	return document(timeline, event.title, viewSearch('', { domain, full: bounds.full, event: id }));
}
