import type { PartialDate } from './partial-date';
import { utcMillis, yearStart } from './years';

/** The first instant covered by a partial date: 1948 → 1 January 1948, 00:00 UTC. */
export function spanStart(date: PartialDate): number {
	if (date.month === undefined) return yearStart(date.year);
	return utcMillis(date.year, date.month, date.day ?? 1);
}

/** The first instant after a partial date: 1948 → 1 January 1949, 2013-07 → 1 August 2013. */
export function spanEnd(date: PartialDate): number {
	if (date.month === undefined) return yearStart(date.year + 1);
	if (date.day === undefined) return utcMillis(date.year, date.month + 1);
	return utcMillis(date.year, date.month, date.day + 1);
}

/**
 * Orders partial dates by their first instant; at the same instant the coarser date comes first,
 * so "2013" sorts before "2013-01" before "2013-01-01".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return spanStart(a) - spanStart(b) || spanEnd(b) - spanEnd(a);
}

/**
 * True when an end date finishes before its start begins. An end is inclusive at its own
 * precision, so "1995-09" does not end before "1995-09-28".
 */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
	return spanEnd(end) <= spanStart(start);
}
