import type { PartialDate, Precision } from './partial-date';
import { spanStart } from './span';

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

/** Year 0 is 1 BCE: the label a reader expects for an astronomical year. */
function bceYear(year: number): string {
	return `${1 - year} BCE`;
}

/**
 * Formats a partial date at its precision: "1948", "July 2013", "5 September 2023" (en-GB).
 * BCE years are written "44 BCE" with the month and day formatted in the locale.
 */
export function formatPartialDate(date: PartialDate, locale = 'en-GB'): string {
	if (date.year > 0) return formatter(locale, date.precision).format(spanStart(date));
	if (date.precision === 'year') return bceYear(date.year);
	// Format the month and day against a common-era year, then swap the year for its BCE form.
	const stand = spanStart({ ...date, year: 2000 });
	return formatter(locale, date.precision)
		.formatToParts(stand)
		.map((part) => (part.type === 'year' ? bceYear(date.year) : part.value))
		.join('');
}

/**
 * Formats a start–end pair: "5–10 June 1967", "July 2013 – April 2014". Same-precision common-era
 * ranges use the locale's own range format; anything else joins both ends with an en dash.
 */
export function formatPartialRange(start: PartialDate, end: PartialDate, locale = 'en-GB'): string {
	if (start.precision === end.precision && start.year > 0 && end.year > 0) {
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

const YEAR_MS = 365.2425 * 86_400_000;

/**
 * A span of instants [t0, t1) in words, at a precision that suits its length: years for spans of
 * two years or more, months for two months or more, days otherwise ("1950 to 1956").
 */
export function formatInstantSpan(t0: number, t1: number, locale = 'en-GB'): string {
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
	return from === to ? from : `${from} to ${to}`;
}

function trim(date: PartialDate): PartialDate {
	if (date.precision === 'year') return { year: date.year, precision: 'year' };
	if (date.precision === 'month') return { year: date.year, month: date.month, precision: 'month' };
	return date;
}
