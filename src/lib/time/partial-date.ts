import { DATE_YEARS } from './years';

/**
 * A date as written in a dataset: "1948", "2013-07" or "2023-09-05". The length of the string is
 * its precision, and that precision travels with the value to the label and to the span it covers.
 * Years follow ISO 8601's astronomical numbering: "0000" is 1 BCE, "-0043" is 44 BCE. Deep time
 * has years of up to 12 digits ("-13800000000"), given alone: beyond ±271,820 no calendar months or
 * days are known for them, and none are needed.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	readonly year: number;
	/** 1–12, present for month and day precision. */
	readonly month?: number;
	/** 1–31, present for day precision. */
	readonly day?: number;
	readonly precision: Precision;
}

const PATTERN = /^(-?\d{4,12})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) {
		const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
		return leap ? 29 : 28;
	}
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The date a string writes, or why it is none: one match of the pattern gives both. */
function readDate(text: string): PartialDate | string {
	const match = PATTERN.exec(text);
	if (!match) return 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD';
	const year = Number(match[1]);
	if (Object.is(year, -0)) return 'is not a valid date';
	if (match[2] === undefined) return { year, precision: 'year' };
	if (Math.abs(year) > DATE_YEARS) {
		return `has a month, but beyond year ±${DATE_YEARS.toLocaleString('en-GB')} a date is a year alone`;
	}
	const month = Number(match[2]);
	if (month < 1 || month > 12) return 'is not a valid date';
	if (match[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) return 'is not a valid date';
	return { year, month, day, precision: 'day' };
}

/** Why a string is not a partial date, or null when it is one. */
export function dateProblem(text: string): string | null {
	const read = readDate(text);
	return typeof read === 'string' ? read : null;
}

/** Parses "1948", "2013-07" or "2023-09-05"; throws a RangeError on anything else, such as "2014-02-30". */
export function parsePartialDate(text: string): PartialDate {
	const read = readDate(text);
	if (typeof read === 'string') throw new RangeError(`"${text}" ${read}`);
	return read;
}
