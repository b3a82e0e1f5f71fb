import { datesLocale } from '../i18n/locale';
import { parsePartialDate } from '../time/partial-date';
import { spanEnd, spanStart } from '../time/span';
import { PALETTE } from './palette';
import { shapeAt } from './shapes';
import type { DatasetInput } from './schema';
import type { Era, Timeline, TimelineEvent } from './types';

function normaliseEvents(data: DatasetInput): TimelineEvent[] {
	const parsed = data.events.map((event) => {
		const startDate = parsePartialDate(event.start);
		const endDate = event.end === undefined ? undefined : parsePartialDate(event.end);
		return {
			event,
			startDate,
			endDate,
			t0: spanStart(startDate),
			t1: spanEnd(endDate ?? startDate)
		};
	});
	// A stable sort keeps the dataset's own order for events that start together.
	parsed.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
	// Every event gets the same fields in the same order, present or not, so the engine sees one
	// object shape and the per-frame layout over thousands of events stays on its fast path.
	return parsed.map(({ event, startDate, endDate, t0, t1 }, index) => ({
		id: event.id,
		start: event.start,
		end: event.end,
		displayDate: event.displayDate,
		title: event.title,
		summary: event.summary,
		description: event.description,
		category: event.category,
		actors: event.actors,
		topics: event.topics,
		related: event.related,
		importance: event.importance,
		sources: event.sources,
		links: event.links,
		media: event.media,
		translations: event.translations,
		lang: undefined,
		startDate,
		endDate,
		t0,
		t1,
		isRange: endDate !== undefined,
		index
	}));
}

/**
 * Turns a validated dataset into what the timeline draws: dates parsed, spans in milliseconds,
 * events sorted, default colours. It needs no schema library, so the page can run it on a
 * prerendered dataset without shipping the validator.
 */
export function normalise(data: DatasetInput): Timeline {
	const events = normaliseEvents(data);
	const eras: Era[] = (data.eras ?? []).map((era) => ({
		...era,
		t0: spanStart(parsePartialDate(era.start)),
		t1: spanEnd(parsePartialDate(era.end))
	}));
	let lo = Infinity;
	let hi = -Infinity;
	for (const item of [...events, ...eras]) {
		lo = Math.min(lo, item.t0);
		hi = Math.max(hi, item.t1);
	}
	return {
		title: data.title,
		description: data.description,
		language: data.language,
		locale: datesLocale(data.language),
		...(data.translations ? { translations: data.translations } : {}),
		categories: (data.categories ?? []).map((category, i) => ({
			...category,
			color: category.color ?? PALETTE[i % PALETTE.length] ?? PALETTE[0],
			shape: shapeAt(i)
		})),
		actors: data.actors ?? [],
		topics: data.topics ?? [],
		stories: data.stories ?? [],
		eras,
		events,
		extent: lo <= hi ? [lo, hi] : [0, 0]
	};
}
