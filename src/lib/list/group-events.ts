import type { Era, TimelineEvent } from '../data/types';

export interface YearGroup {
	/** Astronomical year of the events' start: 0 is 1 BCE. */
	readonly year: number;
	readonly events: readonly TimelineEvent[];
}

export interface EraGroup {
	/** Null for events that start outside every era. */
	readonly era: Era | null;
	readonly years: readonly YearGroup[];
}

/**
 * The era an event belongs to: of those its start falls in, the one that began last, so an era
 * nested in another takes its own events.
 */
function eraOf(event: TimelineEvent, eras: readonly Era[]): Era | null {
	let found: Era | null = null;
	for (const era of eras) {
		if (event.t0 >= era.t0 && event.t0 < era.t1 && (!found || era.t0 > found.t0)) found = era;
	}
	return found;
}

/**
 * Events in time order, grouped by era and then by the year they start in. Groups follow the
 * events: an era interrupted by a nested one continues in a group of its own after it, so the
 * list stays in time order.
 */
export function groupByEraAndYear(
	events: readonly TimelineEvent[],
	eras: readonly Era[]
): EraGroup[] {
	const groups: { era: Era | null; years: { year: number; events: TimelineEvent[] }[] }[] = [];
	for (const event of events) {
		const era = eraOf(event, eras);
		let group = groups[groups.length - 1];
		if (!group || group.era !== era) {
			group = { era, years: [] };
			groups.push(group);
		}
		const { year } = event.startDate;
		let last = group.years[group.years.length - 1];
		if (!last || last.year !== year) {
			last = { year, events: [] };
			group.years.push(last);
		}
		last.events.push(event);
	}
	return groups;
}
