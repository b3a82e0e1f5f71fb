/**
 * Years as instants (UTC milliseconds since 1970), near and far. A `Date` holds ±8.64e15 ms, about
 * 271,821 years either side of 1970; a plain number holds the age of the universe (4.4e20 ms) to
 * within a minute or two. So instants stay numbers everywhere, and only the calendar arithmetic
 * below needs to know where `Date` stops.
 */

/** The largest |year| whose every day a `Date` holds: months and days exist only within it. */
export const DATE_YEARS = 271_820;

/** The mean Gregorian year. */
export const YEAR_MS = 365.2425 * 86_400_000;

/** Instants a `Date` can hold. */
const DATE_MS = 8.64e15;

/**
 * 400 Gregorian years are exactly 146,097 days, so stepping whole cycles away from a year `Date`
 * can hold continues the proleptic calendar exactly rather than approximating it.
 */
const CYCLE_YEARS = 400;
const CYCLE_MS = 146_097 * 86_400_000;

/**
 * UTC milliseconds for a calendar day. `Date.UTC` maps years 0–99 to 1900–1999, so the year is set
 * separately to keep the first century (and BCE years) where they belong.
 */
export function utcMillis(year: number, month = 1, day = 1): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(0, 0, 0, 0);
	return date.getTime();
}

/** The first instant of an astronomical year (0 is 1 BCE), however far from now. */
export function yearStart(year: number): number {
	if (Math.abs(year) <= DATE_YEARS) return utcMillis(year);
	const cycles = Math.floor(year / CYCLE_YEARS);
	return utcMillis(year - cycles * CYCLE_YEARS) + cycles * CYCLE_MS;
}

/** The astronomical year an instant falls in: the inverse of yearStart. */
export function yearAt(t: number): number {
	if (Math.abs(t) < DATE_MS) return new Date(t).getUTCFullYear();
	const cycles = Math.floor(t / CYCLE_MS);
	let year = new Date(t - cycles * CYCLE_MS).getUTCFullYear() + cycles * CYCLE_YEARS;
	// Far out, the subtraction above rounds by up to a minute either way: settle on the year
	// whose start, computed exactly as yearStart does, is the last one not after t.
	while (yearStart(year) > t) year -= 1;
	while (yearStart(year + 1) <= t) year += 1;
	return year;
}

/**
 * The year of the last instant before t, as for the year an end-exclusive span ends in. Far out,
 * `t - 1` is t itself, so the step back is at least one unit in the last place.
 */
export function yearBefore(t: number): number {
	return yearAt(t - Math.max(1, Math.abs(t) * Number.EPSILON));
}
