import { englishInteger, writesEnglishNumbers } from '../i18n/english';
import { primaryLanguage } from '../i18n/locale';

/**
 * A year in words, from the Big Bang to the far future: "13.8 billion years ago", "66 million years
 * ago", "300,000 BCE", "44 BCE", "1021", "in 5 billion years". Numbers and the words around "years
 * ago" come from the locale (Intl.NumberFormat and Intl.RelativeTimeFormat). In English "BCE" is this
 * project's own label, as everywhere else; other languages write their own era name ("ق.م",
 * "לפנה״ס").
 */

/**
 * From a million years before the common era, years are counted back from now. Dates that old are
 * known to thousands of years at best, and geology and cosmology give them as "million years
 * ago"; the 2,000-odd years between the era's start and today are under 0.2% of the smallest such
 * number, below anything the label shows, so the BCE number stands for the years ago. Younger
 * years keep the calendar's own "300,000 BCE". The same threshold holds after the era.
 */
export const YEARS_AGO_FROM = 1_000_000;

/**
 * A count is abbreviated ("13.787 billion") when it has at most this many significant digits at its
 * resolution, and otherwise written in full ("66,043,210 years ago"): a date the author gave to
 * the year is shown to the year, and axis ticks near one another keep one form.
 */
const COMPACT_DIGITS = 5;

/** This project's English label for years before the common era. */
const ENGLISH_BCE = 'BCE';

interface Formats {
	readonly bce: string;
	readonly year: Intl.NumberFormat;
	readonly compact: Intl.NumberFormat;
	readonly relative: Intl.RelativeTimeFormat;
}

const cache = new Map<string, Formats>();

function formats(locale: string): Formats {
	let found = cache.get(locale);
	if (!found) {
		found = {
			bce: bceLabel(locale),
			// "3000 BCE" but "10,000 BCE": years of four digits are not grouped.
			year: new Intl.NumberFormat(locale, { useGrouping: 'min2' }),
			compact: new Intl.NumberFormat(locale, {
				notation: 'compact',
				compactDisplay: 'long',
				maximumSignificantDigits: 21
			}),
			relative: new Intl.RelativeTimeFormat(locale, { numeric: 'always' })
		};
		cache.set(locale, found);
	}
	return found;
}

/** The locale's short name for years before the common era; "BCE" in English or an unknown language. */
function bceLabel(locale: string): string {
	if (['en', 'und'].includes(primaryLanguage(locale))) return ENGLISH_BCE;
	const era = new Intl.DateTimeFormat(locale, { era: 'short', year: 'numeric', timeZone: 'UTC' })
		.formatToParts(Date.UTC(-43, 0, 1))
		.find((part) => part.type === 'era');
	return era?.value ?? 'BCE';
}

/** The largest power of ten that divides n (n > 0), up to 10^15. */
function trailingPower(n: number): number {
	let power = 1;
	while (power < 1e15 && n % (power * 10) === 0) power *= 10;
	return power;
}

/** "13.8 billion years ago" or "in 5 billion years", with the count abbreviated when it is round. */
function relativeYears(count: number, future: boolean, resolution: number, locale: string): string {
	const { compact, year, relative } = formats(locale);
	const digits = Math.floor(Math.log10(count)) - Math.floor(Math.log10(resolution)) + 1;
	const number = (digits <= COMPACT_DIGITS ? compact : year).format(count);
	// The locale's phrase for the count, with its number swapped for ours.
	let swapped = false;
	return relative
		.formatToParts(future ? count : -count, 'year')
		.map((part) => {
			if (part.type === 'literal') return part.value;
			if (swapped) return '';
			swapped = true;
			return number;
		})
		.join('');
}

/**
 * An astronomical year (0 is 1 BCE) in words. `resolution`, in years, is what the year is known
 * to: an axis passes its tick step, so "4.6 billion" is rounded as its neighbours are; by default
 * a year is known to its last non-zero digit (13,800,000,000 to the hundred million).
 */
export function formatYear(year: number, locale = 'en-GB', resolution?: number): string {
	const bce = year <= 0;
	// Counted from the era's start: 1 BCE is the first year before it.
	const count = bce ? 1 - year : year;
	if (count < YEARS_AGO_FROM) {
		const english = writesEnglishNumbers(locale) ? englishInteger(count, true) : undefined;
		if (english !== undefined) return bce ? `${english} ${ENGLISH_BCE}` : english;
		const { year: years, bce: era } = formats(locale);
		const number = years.format(count);
		return bce ? `${number} ${era}` : number;
	}
	const step = Math.max(1, resolution ?? trailingPower(count));
	const rounded = Math.max(Math.round(count / step) * step, YEARS_AGO_FROM);
	return relativeYears(rounded, !bce, step, locale);
}
