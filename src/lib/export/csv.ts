import type { Timeline, TimelineEvent } from '../data/types';

/**
 * Columns of the CSV export: one row per event, lists joined with "; ", the first source in its
 * own columns and any others after it in `more_sources` as "title <url>".
 */
export const CSV_COLUMNS = [
	'id',
	'start',
	'end',
	'title',
	'summary',
	'description',
	'category',
	'actors',
	'topics',
	'importance',
	'source_title',
	'source_url',
	'source_publisher',
	'more_sources'
] as const;

/** A field quoted when it holds a comma, quote or line break, with quotes doubled (RFC 4180). */
function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function row(event: TimelineEvent): string[] {
	const [first, ...others] = event.sources;
	return [
		event.id,
		event.start,
		event.end ?? '',
		event.title,
		event.summary,
		event.description ?? '',
		event.category ?? '',
		(event.actors ?? []).join('; '),
		(event.topics ?? []).join('; '),
		String(event.importance),
		first?.title ?? '',
		first?.url ?? '',
		first?.publisher ?? '',
		others.map((source) => `${source.title} <${source.url}>`).join('; ')
	];
}

/** The events as CSV text with a header row and CRLF line ends. */
export function eventsToCsv(events: readonly TimelineEvent[]): string {
	return [CSV_COLUMNS, ...events.map(row)]
		.map((cells) => cells.map(field).join(','))
		.join('\r\n')
		.concat('\r\n');
}

/**
 * A dataset in this project's format holding only `events`: references to left-out events are
 * dropped, and so are stories that would lose a step.
 */
export function eventsToDataset(timeline: Timeline, events: readonly TimelineEvent[]): object {
	const kept = new Set(events.map((event) => event.id));
	return {
		title: timeline.title,
		description: timeline.description,
		language: timeline.language,
		categories: timeline.categories,
		actors: timeline.actors,
		eras: timeline.eras.map(({ id, title, start, end }) => ({ id, title, start, end })),
		topics: timeline.topics,
		events: events.map((event) => {
			const related = event.related?.filter((id) => kept.has(id));
			return Object.fromEntries(
				Object.entries({
					id: event.id,
					start: event.start,
					end: event.end,
					title: event.title,
					summary: event.summary,
					description: event.description,
					category: event.category,
					actors: event.actors,
					topics: event.topics,
					related: related?.length ? related : undefined,
					importance: event.importance,
					sources: event.sources,
					media: event.media
				}).filter(([, value]) => value !== undefined)
			);
		}),
		stories: timeline.stories.filter((story) => story.steps.every((step) => kept.has(step.event)))
	};
}
