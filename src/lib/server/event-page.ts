import type { Category, TimelineEvent, Timeline } from '../data/types';
import { formatWhen } from '../time/format';

export interface EventLink {
	readonly id: string;
	readonly title: string;
	readonly when: string;
}

/** Everything an event's own page shows beside the event: its neighbours, related events, names. */
export interface EventPageData {
	readonly event: TimelineEvent;
	/** The language dates are written in. */
	readonly locale: string;
	/** The dataset's own language, for text it does not translate. */
	readonly language: string;
	readonly when: string;
	readonly category?: Category;
	readonly actors: readonly string[];
	readonly topics: readonly { id: string; label: string }[];
	readonly related: readonly EventLink[];
	readonly previous?: EventLink;
	readonly next?: EventLink;
}

function link(event: TimelineEvent, locale: string): EventLink {
	return {
		id: event.id,
		title: event.title,
		when: formatWhen(event.startDate, event.endDate, locale)
	};
}

/** `<` escaped, so no text in the dataset can close the script element that holds the JSON. */
function scriptSafe(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function eventPageData(timeline: Timeline, id: string): EventPageData {
	const index = timeline.events.findIndex((event) => event.id === id);
	const event = timeline.events[index];
	if (!event) throw new Error(`No event "${id}"`);
	const locale = timeline.locale;
	const byId = new Map(timeline.events.map((e) => [e.id, e]));
	const actorNames = new Map(timeline.actors.map((actor) => [actor.id, actor.label]));
	const topicNames = new Map(timeline.topics.map((topic) => [topic.id, topic]));
	const previous = timeline.events[index - 1];
	const next = timeline.events[index + 1];
	return {
		event,
		locale,
		language: timeline.language,
		when: formatWhen(event.startDate, event.endDate, locale),
		category: timeline.categories.find((c) => c.id === event.category),
		actors: (event.actors ?? []).map((actor) => actorNames.get(actor) ?? actor),
		topics: (event.topics ?? []).flatMap((topic) => topicNames.get(topic) ?? []),
		related: (event.related ?? []).flatMap((r) => {
			const other = byId.get(r);
			return other ? [link(other, locale)] : [];
		}),
		previous: previous && link(previous, locale),
		next: next && link(next, locale)
	};
}

/** schema.org description of the event, as a JSON string safe inside a script element. */
export function eventJsonLd(timeline: Timeline, id: string, pageUrl: string): string {
	const event = timeline.events.find((e) => e.id === id);
	if (!event) throw new Error(`No event "${id}"`);
	return scriptSafe({
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.title,
		description: event.summary,
		startDate: event.start,
		...(event.end ? { endDate: event.end } : {}),
		url: pageUrl,
		inLanguage: event.lang ?? timeline.language,
		isPartOf: { '@type': 'CreativeWork', name: timeline.title },
		citation: (event.sources ?? []).map((source) => ({
			'@type': 'CreativeWork',
			name: source.title,
			url: source.url,
			publisher: { '@type': 'Organization', name: source.publisher }
		}))
	});
}
