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

function makeTickFormatter(locale: string) {
	const day = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
	const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
	const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
	const year = (t: number, step = 1) => formatYear(yearAt(t), locale, step);
	return {
		/** A round year, known to `step` years: "1948", "300,000 BCE", "4.6 billion years ago". */
		year,
		minor(t: number, unit: Unit): string {
			const date = new Date(t);
			if (unit === 'day') return day.format(date);
			if (unit === 'month') return month.format(date);
			return year(t);
		},
		major(t: number, unit: MajorUnit): string {
			const date = new Date(t);
			if (unit === 'month') return `${monthYear.format(date)} ${year(t)}`;
			const value = date.getUTCFullYear();
			return unit === 'decade' && value > 0 ? `${value}s` : year(t);
		}
	};
}
