/**
 * English numbers and British English dates, written without Intl. A page's first Intl formatter
 * loads the locale data: about 30 ms of Chromium's main thread, on the way to a timeline's first
 * drawing, for text this module writes in microseconds. The output is Intl's own for these tags
 * (tests/unit/i18n/english.test.ts compares them); every other language goes to Intl.
 */
import type { PartialDate } from '../time/partial-date';

/** Tags whose Intl numbers group by thousands with commas: "12,345". */
const COMMA_GROUPED = new Set(['en', 'en-gb', 'en-us']);

export const writesEnglishNumbers = (tag: string): boolean => COMMA_GROUPED.has(tag.toLowerCase());

export const writesBritishDates = (tag: string): boolean => tag.toLowerCase() === 'en-gb';

/**
 * A whole number as English writes it, "1,234,567", or undefined for anything else (fractions,
 * numbers too large to be exact), which Intl then writes. With `min2`, as Intl's useGrouping
 * "min2", four digits are not grouped: "1948", but "10,000".
 */
export function englishInteger(value: number, min2 = false): string | undefined {
	if (!Number.isSafeInteger(value)) return undefined;
	const digits = String(Math.abs(value));
	const grouped = digits.length < (min2 ? 5 : 4) ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ',');
	return value < 0 ? `-${grouped}` : grouped;
}

export const LONG_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** British English's short month names, as Intl writes them: "Sept", not "Sep". */
export const SHORT_MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sept',
	'Oct',
	'Nov',
	'Dec'
] as const;

/** Between the ends of a range, as Intl writes it: an en dash between thin spaces. */
const RANGE_DASH = '\u2009–\u2009';

const month = (date: PartialDate) => LONG_MONTHS[(date.month ?? 1) - 1] ?? '';

/** "1948", "July 2013", "5 September 2023": a date at its precision, its year written `year`. */
export function britishDate(date: PartialDate, year = String(date.year)): string {
	if (date.precision === 'year') return year;
	if (date.precision === 'month') return `${month(date)} ${year}`;
	return `${date.day ?? 1} ${month(date)} ${year}`;
}

/**
 * Two common-era dates of one precision as Intl writes their range, the parts they share written
 * once: "1947 – 1949", "March – July 2013", "5 – 10 June 1967", "30 November – 14 December 1947".
 */
export function britishRange(start: PartialDate, end: PartialDate): string {
	const sameYear = start.year === end.year;
	const sameMonth = sameYear && (start.month ?? 1) === (end.month ?? 1);
	if (start.precision === 'year') {
		return sameYear ? britishDate(start) : `${start.year}${RANGE_DASH}${end.year}`;
	}
	if (start.precision === 'month') {
		if (sameMonth) return britishDate(start);
		if (sameYear) return `${month(start)}${RANGE_DASH}${britishDate(end)}`;
		return `${britishDate(start)}${RANGE_DASH}${britishDate(end)}`;
	}
	if (sameMonth && (start.day ?? 1) === (end.day ?? 1)) return britishDate(start);
	if (sameMonth) return `${start.day ?? 1}${RANGE_DASH}${britishDate(end)}`;
	if (sameYear) return `${start.day ?? 1} ${month(start)}${RANGE_DASH}${britishDate(end)}`;
	return `${britishDate(start)}${RANGE_DASH}${britishDate(end)}`;
}
