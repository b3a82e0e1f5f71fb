import type { Timeline, TimelineEvent } from '../data/types';

/**
 * Columns of this project's CSV, as the importer reads it (formats/dataset-csv.ts): one row per
 * event, category and actors by name (actors separated by "; "), the first source on the event's
 * row and each further source on a row of its own below it, with only the source cells filled.
 */
export const CSV_COLUMNS = [
	'id',
	'start',
	'end',
	'display_date',
	'title',
	'summary',
	'description',
	'category',
	'actors',
	'importance',
	'source_title',
	'source_url',
	'source_publisher',
	'source_date'
] as const;

/** A field quoted when it holds a comma, quote or line break, with quotes doubled (RFC 4180). */
function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

type Source = NonNullable<TimelineEvent['sources']>[number];

function sourceCells(source: Source | undefined): string[] {
	return [source?.title ?? '', source?.url ?? '', source?.publisher ?? '', source?.date ?? ''];
}

function rows(event: TimelineEvent, timeline: Timeline): string[][] {
	const label = (list: readonly { id: string; label: string }[], id: string) =>
		list.find((item) => item.id === id)?.label ?? id;
	const [first, ...others] = event.sources ?? [];
	const own = [
		event.id,
		event.start,
		event.end ?? '',
		event.displayDate ?? '',
		event.title,
		event.summary,
		event.description ?? '',
		event.category ? label(timeline.categories, event.category) : '',
		(event.actors ?? []).map((id) => label(timeline.actors, id)).join('; '),
		String(event.importance),
		...sourceCells(first)
	];
	const blank = own.slice(0, -4).map(() => '');
	return [own, ...others.map((source) => [...blank, ...sourceCells(source)])];
}

/** The events as this project's CSV, with a header row and CRLF line ends. */
export function eventsToCsv(timeline: Timeline, events: readonly TimelineEvent[]): string {
	return [[...CSV_COLUMNS], ...events.flatMap((event) => rows(event, timeline))]
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
		categories: timeline.categories.map(({ id, label, color, translations }) => ({
			id,
			label,
			color,
			translations
		})),
		actors: timeline.actors,
		eras: timeline.eras.map(({ id, title, start, end, translations }) => ({
			id,
			title,
			start,
			end,
			translations
		})),
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
					links: event.links,
					displayDate: event.displayDate,
					media: event.media,
					translations: event.translations
				}).filter(([, value]) => value !== undefined)
			);
		}),
		stories: timeline.stories.filter((story) => story.steps.every((step) => kept.has(step.event)))
	};
}
