import type { TimelineEvent } from '../data/types';
import type { Domain } from '../scale/zoom';

/**
 * The event before or after `from` in time order (the timeline's event order) among those that
 * match the filters (`matches[i] === 1`, or all when there is no filter); null past either end.
 * With nothing open, forward starts at the first event and back at the last.
 */
export function neighbour(
	events: readonly TimelineEvent[],
	matches: Uint8Array | null,
	from: TimelineEvent | undefined,
	direction: 1 | -1
): TimelineEvent | null {
	let i = from ? from.index + direction : direction === 1 ? 0 : events.length - 1;
	for (; i >= 0 && i < events.length; i += direction) {
		if (!matches || matches[i] === 1) return events[i] ?? null;
	}
	return null;
}

/**
 * The matching event just outside a view: forward, the first to start at or after its end; back,
 * the latest-starting one to end at or before its start. Null when none lies that way.
 */
export function beyond(
	events: readonly TimelineEvent[],
	matches: Uint8Array | null,
	domain: Domain,
	direction: 1 | -1
): TimelineEvent | null {
	const [d0, d1] = domain;
	// Events are sorted by start: search for the first one starting at or after the edge.
	let lo = 0;
	let hi = events.length;
	const edge = direction === 1 ? d1 : d0;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (events[mid]!.t0 < edge) lo = mid + 1;
		else hi = mid;
	}
	for (let i = direction === 1 ? lo : lo - 1; i >= 0 && i < events.length; i += direction) {
		const event = events[i]!;
		if (matches && matches[i] !== 1) continue;
		if (direction === 1 || event.t1 <= d0) return event;
	}
	return null;
}

const YEAR = 365.25 * 86_400_000;

/**
 * The view to show an event in: the current one when the event already sits well inside it at a
 * readable scale, otherwise one centred on it, three times its length and at least two years
 * wide, so the steps around it stay in sight.
 */
export function focusDomain(event: Pick<TimelineEvent, 't0' | 't1'>, current: Domain): Domain {
	const length = event.t1 - event.t0;
	const wanted = Math.max(3 * length, 2 * YEAR);
	const [c0, c1] = current;
	const margin = (c1 - c0) * 0.1;
	const inside = event.t0 >= c0 + margin && event.t1 <= c1 - margin;
	if (inside && c1 - c0 <= 4 * wanted) return current;
	const middle = (event.t0 + event.t1) / 2;
	return [middle - wanted / 2, middle + wanted / 2];
}
