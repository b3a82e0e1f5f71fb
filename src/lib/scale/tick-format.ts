import { SHORT_MONTHS, LONG_MONTHS, writesBritishDates } from '../i18n/english';
import { formatYear } from '../time/year-prose';
import { yearAt } from '../time/years';

/** Units of the calendar's tick levels, and of the coarser row above them. */
export type Unit = 'day' | 'month' | 'year';
export type MajorUnit = 'month' | 'year' | 'decade';

/** Formats tick labels in the dataset's language, always in UTC. */
export type TickFormatter = ReturnType<typeof makeTickFormatter>;

/** Building an Intl.DateTimeFormat costs milliseconds, far too much for every frame: one per locale. */
const formatters = new Map<string, TickFormatter>();

export function tickFormatter(locale: string): TickFormatter {
	let formatter = formatters.get(locale);
	if (!formatter) formatters.set(locale, (formatter = makeTickFormatter(locale)));
	return formatter;
}

interface CalendarNames {
	day(date: Date): string;
	month(date: Date): string;
	monthLong(date: Date): string;
}

/** Day numbers and month names in the locale; British English's without Intl (english.ts). */
function calendarNames(locale: string): CalendarNames {
	if (writesBritishDates(locale)) {
		return {
			day: (date) => String(date.getUTCDate()),
			month: (date) => SHORT_MONTHS[date.getUTCMonth()] ?? '',
			monthLong: (date) => LONG_MONTHS[date.getUTCMonth()] ?? ''
		};
	}
	const day = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
	const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
	const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
	return {
		day: (date) => day.format(date),
		month: (date) => month.format(date),
		monthLong: (date) => monthLong.format(date)
	};
}

function makeTickFormatter(locale: string) {
	const { day, month, monthLong } = calendarNames(locale);
	const year = (t: number, step = 1) => formatYear(yearAt(t), locale, step);
	return {
		/** A round year, known to `step` years: "1948", "300,000 BCE", "4.6 billion years ago". */
		year,
		minor(t: number, unit: Unit): string {
			const date = new Date(t);
			if (unit === 'day') return day(date);
			if (unit === 'month') return month(date);
			return year(t);
		},
		major(t: number, unit: MajorUnit): string {
			const date = new Date(t);
			if (unit === 'month') return `${monthLong(date)} ${year(t)}`;
			const value = date.getUTCFullYear();
			return unit === 'decade' && value > 0 ? `${value}s` : year(t);
		}
	};
}
