import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3';
import type { Measure } from '../layout/text';
import { daysInMonth } from '../time/partial-date';
import { YEAR_MS } from '../time/years';
import type { MajorUnit, TickFormatter, Unit } from './tick-format';
import type { Domain } from './zoom';

/** A level of calendar ticks (days, months or a few years), with a coarser unit labelled above. */
export interface CalendarLevel {
	readonly unit: Unit;
	readonly step: number;
	readonly interval: CountableTimeInterval;
	readonly major: { readonly unit: MajorUnit; readonly interval: CountableTimeInterval };
}

function every(interval: CountableTimeInterval, step: number): CountableTimeInterval {
	return (step === 1 ? interval : interval.every(step)) as CountableTimeInterval;
}

/**
 * Every `step` days from the 1st of each month, leaving out a last tick that would sit less than
 * `step` days before the next 1st (d3's `utcDay.every(2)` puts the 31st beside the 1st).
 */
function everyDays(step: number): CountableTimeInterval {
	if (step === 1) return utcDay;
	return utcDay.filter((date) => {
		const day = date.getUTCDate() - 1;
		const length = daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
		return day % step === 0 && day + step <= length;
	}) as CountableTimeInterval;
}

/**
 * Every `step` years on round labels: multiples of `step` in the common era and, before it, years
 * whose BCE number is a multiple (10 BCE, 20 BCE …), not d3's astronomical multiples (11 BCE).
 */
function everyYears(step: number): CountableTimeInterval {
	if (step === 1) return utcYear;
	return utcYear.filter((date) => {
		const year = date.getUTCFullYear();
		return (year > 0 ? year : 1 - year) % step === 0;
	}) as CountableTimeInterval;
}

const MONTHS = { unit: 'month', interval: utcMonth } as const;
const YEARS = { unit: 'year', interval: utcYear } as const;
// Built with calls that bundlers cannot tell are free of side effects: marked, so that a bundle
// that lays out events but draws no axis (the dataset worker's) leaves the calendar out.
const DECADES = { unit: 'decade', interval: /* @__PURE__ */ everyYears(10) } as const;

/** From finest to coarsest; coarser than five years, axes tick on round years (year-ticks.ts). */
const LEVELS: readonly CalendarLevel[] = /* @__PURE__ */ calendarLevels();

function calendarLevels(): CalendarLevel[] {
	return [
		...[1, 2, 7, 14].map((step) => ({
			unit: 'day' as const,
			step,
			interval: everyDays(step),
			major: MONTHS
		})),
		...[1, 3, 6].map((step) => ({
			unit: 'month' as const,
			step,
			interval: every(utcMonth, step),
			major: YEARS
		})),
		...[1, 2, 5].map((step) => ({
			unit: 'year' as const,
			step,
			interval: everyYears(step),
			major: DECADES
		}))
	];
}

const UNIT_MS = { day: 864e5, month: YEAR_MS / 12, year: YEAR_MS, decade: 10 * YEAR_MS };

/** Instants of an interval's ticks within a domain, ends included. */
export function calendarTicks(interval: CountableTimeInterval, domain: Domain): number[] {
	return interval.range(new Date(domain[0]), new Date(domain[1] + 1)).map((d) => d.getTime());
}

/**
 * The finest calendar level whose widest label, plus `gap`, fits between neighbouring ticks and
 * whose coarser row has room for its own labels too; none when even five years are too fine.
 */
export function calendarLevel(
	domain: Domain,
	width: number,
	measure: Measure,
	format: TickFormatter,
	gap: number
): CalendarLevel | undefined {
	const perMs = width / Math.max(domain[1] - domain[0], 1);
	// BCE and five-digit years are wider than "8888"; the widest year label is at an end of the domain.
	const yearWidth = Math.max(measure('8888'), ...domain.map((t) => measure(format.year(t))));
	const majorSample = {
		month: format.major(Date.UTC(2000, 8, 1), 'month'),
		year: '8888',
		decade: '1990s'
	};
	const widest = { day: measure('28'), month: measure('May') + 6, year: yearWidth };
	return LEVELS.find(
		(level) =>
			UNIT_MS[level.unit] * level.step * perMs >= widest[level.unit] + gap &&
			UNIT_MS[level.major.unit] * perMs >= measure(majorSample[level.major.unit]) + gap
	);
}
