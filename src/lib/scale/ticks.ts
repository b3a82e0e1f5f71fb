import type { Measure } from '../layout/text';
import { DATE_YEARS, yearAt, yearStart } from '../time/years';
import { calendarLevel, calendarTicks, type CalendarLevel } from './calendar-levels';
import { tickFormatter, type TickFormatter } from './tick-format';
import { roundYearTicks, type LabelledTick } from './year-ticks';
import type { Domain } from './zoom';

export interface Tick {
	readonly t: number;
	readonly x: number;
	readonly label: string;
}

export interface AxisTicks {
	/** Fine ticks on the lower row: days, months or years. */
	readonly minor: readonly Tick[];
	/** Coarse labels on the upper row: months, years or decades; the first is pinned to the left edge. */
	readonly major: readonly Tick[];
}

const GAP = 12;

/** Whether d3's calendar intervals, which work on `Date`, reach both ends of a domain. */
function inCalendar(domain: Domain): boolean {
	return domain.every((t) => Math.abs(yearAt(t)) <= DATE_YEARS);
}

/** The coarser row above a calendar level: the unit already running at the left edge is labelled there, like a sticky header. */
function majorTicks(
	level: CalendarLevel,
	domain: Domain,
	width: number,
	x: (t: number) => number,
	measure: Measure,
	format: TickFormatter
): Tick[] {
	const { unit, interval } = level.major;
	const starts = calendarTicks(interval, domain);
	const first = interval.floor(new Date(domain[0])).getTime();
	if (starts[0] !== first) starts.unshift(first);
	const major: Tick[] = [];
	starts.forEach((t, i) => {
		const label = format.major(t, unit);
		const at = Math.max(x(t), 0);
		const next = starts[i + 1];
		const room = (next === undefined ? width : x(next)) - at;
		if (measure(label) + GAP <= room && at + measure(label) <= width)
			major.push({ t, x: at, label });
	});
	return major;
}

/**
 * Above round years, only when no minor label is in view, as when a few days billions of years ago
 * fill the axis: the year at the left edge, to the year, so the axis is never blank.
 */
function yearInView(
	domain: Domain,
	width: number,
	measure: Measure,
	format: TickFormatter,
	minor: readonly Tick[]
): Tick[] {
	if (minor.some((tick) => tick.label)) return [];
	const t = yearStart(yearAt(domain[0]));
	const label = format.year(t);
	return measure(label) + GAP <= width ? [{ t, x: 0, label }] : [];
}

/**
 * Two-level axis ticks for a domain drawn across `width` pixels: the finest level whose labels,
 * plus a gap, fit between neighbouring ticks, and above it the coarser unit. Days, months and a
 * few years come from the calendar; longer steps, and any view beyond the reach of `Date`, tick
 * on round years ("1000 BCE", "66 million years ago"), with no row above. Labels never collide:
 * a major label that would run into the next one is dropped.
 */
export function axisTicks(
	domain: Domain,
	width: number,
	measure: Measure,
	locale = 'en-GB'
): AxisTicks {
	const format = tickFormatter(locale);
	const perMs = width / Math.max(domain[1] - domain[0], 1);
	const x = (t: number) => (t - domain[0]) * perMs;
	const calendar = inCalendar(domain);
	const level = calendar ? calendarLevel(domain, width, measure, format, GAP) : undefined;
	const labelled: LabelledTick[] = level
		? calendarTicks(level.interval, domain).map((t) => ({ t, label: format.minor(t, level.unit) }))
		: roundYearTicks(domain, width, measure, format, GAP, calendar ? 10 : 1);
	let right = -Infinity;
	const minor = labelled
		.map((tick) => ({ ...tick, x: x(tick.t) }))
		.filter((tick) => tick.x >= 0 && tick.x <= width)
		// Minor labels are centred on their tick; one that would be cut by an edge, or run into the
		// previous label when even the coarsest level is too fine, keeps only its tick.
		.map((tick) => {
			const half = measure(tick.label) / 2;
			if (tick.x - half < Math.max(0, right + GAP / 2) || tick.x + half > width) {
				return { ...tick, label: '' };
			}
			right = tick.x + half;
			return tick;
		});
	const major = level
		? majorTicks(level, domain, width, x, measure, format)
		: yearInView(domain, width, measure, format, minor);
	return { minor, major };
}
