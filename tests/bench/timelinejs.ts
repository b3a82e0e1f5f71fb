/**
 * A generated dataset written as a TimelineJS3 JSON file, so the benchmark can time the app's
 * importer path with the same events: the title slide from the title and description, one slide
 * per event with its id, dates at their precision, title, summary and category (as a group).
 * TimelineJS has no importance or sources, so those are left out.
 */
import type { DatasetInput } from '../../src/lib/data/schema';

interface TimelineJsDate {
	readonly year: number;
	readonly month?: number;
	readonly day?: number;
}

export interface TimelineJsFile {
	readonly title: { readonly text: { readonly headline: string; readonly text: string } };
	readonly events: readonly {
		readonly unique_id: string;
		readonly start_date: TimelineJsDate;
		readonly end_date?: TimelineJsDate;
		readonly text: { readonly headline: string; readonly text: string };
		readonly group?: string;
	}[];
}

/** "1948", "2013-07" or "2023-09-05" as TimelineJS's date object (common-era years only). */
function dateOf(text: string): TimelineJsDate {
	const [year, month, day] = text.split('-').map(Number);
	if (year === undefined || year < 1) throw new Error(`not a common-era date: ${text}`);
	return {
		year,
		...(month === undefined ? {} : { month }),
		...(day === undefined ? {} : { day })
	};
}

export function toTimelineJs(dataset: DatasetInput): TimelineJsFile {
	const labels = new Map(dataset.categories?.map((category) => [category.id, category.label]));
	return {
		title: { text: { headline: dataset.title, text: `<p>${dataset.description}</p>` } },
		events: dataset.events.map((event) => {
			const group = event.category === undefined ? undefined : labels.get(event.category);
			return {
				unique_id: event.id,
				start_date: dateOf(event.start),
				...(event.end === undefined ? {} : { end_date: dateOf(event.end) }),
				text: { headline: event.title, text: `<p>${event.summary}</p>` },
				...(group === undefined ? {} : { group })
			};
		})
	};
}
