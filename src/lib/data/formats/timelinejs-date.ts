import { daysInMonth } from '../../time/partial-date';
import { DATE_YEARS } from '../../time/years';
import type { FieldProblem } from './event-check';
import { isoDate } from './iso-date';

/**
 * A TimelineJS date (`{"year": "1948", "month": 5, "day": 14, "hour": 9}`) as one of ours
 * ("1948-05-14"). Its precision is the finest part given, as TimelineJS chooses its display. Hours
 * and smaller parts are dropped: our dates stop at the day.
 *
 * TimelineJS writes year -N for what it shows as "N BCE"; ours are astronomical, where 44 BCE is
 * -0043, so a negative year moves one towards zero. Cosmological years, such as -13800000000 for
 * the Big Bang, are kept to the year: beyond ±271,820 no month or day is known, and any given is
 * dropped.
 */
export interface DateFields {
	/** What the date is called in messages: "start_date" in JSON, "Year"… in a spreadsheet. */
	readonly year: string;
	readonly month: string;
	readonly day: string;
	/** How to write a date, for a value that is none; TimelineJS 3's object form by default. */
	readonly hint?: string;
}

export type DateRead =
	| {
			readonly ok: true;
			readonly date: string;
			readonly display?: string;
			readonly hasTime: boolean;
			readonly droppedDay: boolean;
			/** A month (and maybe a day) given for a year beyond ±271,820, where dates are years alone. */
			readonly droppedMonth: boolean;
	  }
	| { readonly ok: false; readonly problem: FieldProblem }
	/** No part given at all, as a spreadsheet's empty end-date cells. */
	| { readonly ok: 'empty' }
	/** A month, day or time but no year: TimelineJS ignores such an end date. */
	| { readonly ok: 'no-year' };

/** Our years have up to 12 digits: a trillion years either way is more than any timeline needs. */
const MAX_YEAR = 999_999_999_999;
const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond', 'time'];
/** A date written as a string, as TimelineJS also accepts: "1948", "-500", "1948-05-14". */
const SHORT_ISO = /^([+-]?\d+)(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/;

const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A whole number from a number or from digits; spreadsheets may group them: "13,800,000,000". */
function wholeNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const digits = value.replace(/[\s,]/g, '');
	return /^[+-]?\d+$/.test(digits) ? Number(digits) : undefined;
}

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

function fromString(text: string): Record<string, unknown> | undefined {
	const match = SHORT_ISO.exec(text.trim());
	return match ? { year: match[1], month: match[2], day: match[3] } : undefined;
}

export function readTimelineJsDate(value: unknown, fields: DateFields): DateRead {
	const parts =
		typeof value === 'string' ? fromString(value) : (value as Record<string, unknown> | null);
	if (typeof parts !== 'object' || parts === null || Array.isArray(parts)) {
		const problem = {
			field: fields.year.replace(/\.year$/, ''),
			reason: `${shown(value)} is not a date`,
			hint: fields.hint ?? 'give an object with at least a year, such as {"year": 1948, "month": 5}'
		};
		return { ok: false, problem };
	}
	const hasTime = TIME_PARTS.some((part) => !isBlank(parts[part]));
	if (isBlank(parts.year)) {
		return { ok: isBlank(parts.month) && isBlank(parts.day) && !hasTime ? 'empty' : 'no-year' };
	}
	const year = wholeNumber(parts.year);
	if (year === undefined) {
		const reason = `${shown(parts.year)} is not a whole number`;
		const hint = 'write the year in digits; -500 is 500 BCE';
		return { ok: false, problem: { field: fields.year, reason, hint } };
	}
	const astronomical = year < 0 ? year + 1 : year;
	if (Math.abs(astronomical) > MAX_YEAR) {
		const reason = `${year} is out of range`;
		const hint = `years from -${(MAX_YEAR + 1).toLocaleString('en-GB')} to ${MAX_YEAR.toLocaleString('en-GB')} can be shown`;
		return { ok: false, problem: { field: fields.year, reason, hint } };
	}
	const display = typeof parts.display_date === 'string' ? parts.display_date : undefined;
	const done = (date: string, dropped: { day?: boolean; month?: boolean } = {}): DateRead => ({
		ok: true,
		date,
		display,
		hasTime,
		droppedDay: dropped.day ?? false,
		droppedMonth: dropped.month ?? false
	});
	if (Math.abs(astronomical) > DATE_YEARS) {
		return done(isoDate(astronomical), { month: !isBlank(parts.month) || !isBlank(parts.day) });
	}
	if (isBlank(parts.month)) return done(isoDate(astronomical), { day: !isBlank(parts.day) });
	const month = wholeNumber(parts.month);
	if (month === undefined || month < 1 || month > 12) {
		const reason = `${shown(parts.month)} is not a month`;
		return { ok: false, problem: { field: fields.month, reason, hint: 'use 1 to 12' } };
	}
	const monthText = isoDate(astronomical, month);
	if (isBlank(parts.day)) return done(monthText);
	const day = wholeNumber(parts.day);
	const days = daysInMonth(astronomical, month);
	if (day === undefined || day < 1 || day > days) {
		const reason = `${shown(parts.day)} is not a day of ${monthText}`;
		return { ok: false, problem: { field: fields.day, reason, hint: `use 1 to ${days}` } };
	}
	return done(isoDate(astronomical, month, day));
}
