import { britishDate, britishRange, writesBritishDates } from '../i18n/english';
import type { PartialDate, Precision } from './partial-date';
import { spanStart } from './span';
import { formatYear } from './year-prose';
import { DATE_YEARS, YEAR_MS, yearAt, yearBefore } from './years';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
	const key = `${locale}|${precision}`;
	let cached = formatters.get(key);
	if (!cached) {
		cached = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
		formatters.set(key, cached);
	}
	return cached;
}

/** Common-era years that `Date` and so Intl.DateTimeFormat can hold. */
const inCalendar = (year: number) => year > 0 && year <= DATE_YEARS;

/**
 * Formats a partial date at its precision: "1948", "July 2013", "5 September 2023" (en-GB).
 * BCE years are written "44 BCE" with the month and day formatted in the locale, and deep time
 * in years ago: "13.8 billion years ago".
 */
export function formatPartialDate(date: PartialDate, locale = 'en-GB'): string {
	if (writesBritishDates(locale)) {
		return britishDate(
			date,
			inCalendar(date.year) ? String(date.year) : formatYear(date.year, locale)
		);
	}
	if (inCalendar(date.year)) return formatter(locale, date.precision).format(spanStart(date));
	if (date.precision === 'year') return formatYear(date.year, locale);
	// Format the month and day against a common-era year, then swap the year for its BCE form.
	const stand = spanStart({ ...date, year: 2000 });
	return formatter(locale, date.precision)
		.formatToParts(stand)
		.map((part) => (part.type === 'year' ? formatYear(date.year, locale) : part.value))
		.join('');
}

/**
 * Formats a start–end pair: "5–10 June 1967", "July 2013 – April 2014". Same-precision common-era
 * ranges use the locale's own range format; anything else joins both ends with an en dash.
 */
export function formatPartialRange(start: PartialDate, end: PartialDate, locale = 'en-GB'): string {
	if (start.precision === end.precision && inCalendar(start.year) && inCalendar(end.year)) {
		if (writesBritishDates(locale)) return britishRange(start, end);
		return formatter(locale, start.precision).formatRange(spanStart(start), spanStart(end));
	}
	return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}

/** The date line of an event: a single date at its precision, or its range. */
export function formatWhen(
	start: PartialDate,
	end: PartialDate | undefined,
	locale = 'en-GB'
): string {
	return end ? formatPartialRange(start, end, locale) : formatPartialDate(start, locale);
}

/** Joins the two ends of a span in words of the reader's language: "1950 to 1956". */
export type SpanJoin = (from: string, to: string) => string;

/**
 * A span of instants [t0, t1) in words, at a precision that suits its length: years for spans of
 * two years or more, months for two months or more, days otherwise ("1950 to 1956"). A span
 * reaching beyond the calendar is given in years rounded to a thousandth of its length, so a view
 * of billions of years reads "13.8 billion years ago to 1969".
 */
export function formatInstantSpan(t0: number, t1: number, locale: string, join: SpanJoin): string {
	const first = yearAt(t0);
	const last = yearBefore(t1);
	if (Math.abs(first) > DATE_YEARS || Math.abs(last) > DATE_YEARS) {
		const resolution = 10 ** Math.max(0, Math.floor(Math.log10((t1 - t0) / YEAR_MS)) - 3);
		const from = formatYear(first, locale, resolution);
		const to = formatYear(last, locale, resolution);
		return from === to ? from : join(from, to);
	}
	const precision: Precision =
		t1 - t0 >= 2 * YEAR_MS ? 'year' : t1 - t0 >= YEAR_MS / 6 ? 'month' : 'day';
	const at = (t: number): PartialDate => {
		const date = new Date(t);
		return {
			year: date.getUTCFullYear(),
			month: date.getUTCMonth() + 1,
			day: date.getUTCDate(),
			precision
		};
	};
	const from = formatPartialDate(trim(at(t0)), locale);
	const to = formatPartialDate(trim(at(t1 - 1)), locale);
	return from === to ? from : join(from, to);
}

function trim(date: PartialDate): PartialDate {
	if (date.precision === 'year') return { year: date.year, precision: 'year' };
	if (date.precision === 'month') return { year: date.year, month: date.month, precision: 'month' };
	return date;
}
