import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3';
import type { Measure } from '../layout/text';
import { daysInMonth } from '../time/partial-date';
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

type Unit = 'day' | 'month' | 'year';

interface Level {
	readonly unit: Unit;
	readonly step: number;
	readonly interval: CountableTimeInterval;
	/** The coarser unit labelled above, or none above decades. */
	readonly major?: {
		readonly unit: 'month' | 'year' | 'decade';
		readonly interval: CountableTimeInterval;
	};
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
const DECADES = { unit: 'decade', interval: everyYears(10) } as const;

/** From finest to coarsest; the first level whose labels fit without touching is used. */
const LEVELS: readonly Level[] = [
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
	})),
	...[10, 20, 50, 100, 200, 500, 1000].map((step) => ({
		unit: 'year' as const,
		step,
		interval: everyYears(step)
	}))
];

const GAP = 12;

function yearLabel(year: number): string {
	return year > 0 ? String(year) : `${1 - year} BCE`;
}

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
	const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
	const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
	return {
		minor(t: number, unit: Unit): string {
			const date = new Date(t);
			if (unit === 'day') return String(date.getUTCDate());
			if (unit === 'month') return month.format(date);
			return yearLabel(date.getUTCFullYear());
		},
		major(t: number, unit: 'month' | 'year' | 'decade'): string {
			const date = new Date(t);
			const year = date.getUTCFullYear();
			if (unit === 'month') return `${monthYear.format(date)} ${yearLabel(year)}`;
			if (unit === 'year') return yearLabel(year);
			return year > 0 ? `${year}s` : yearLabel(year);
		}
	};
}

function ticksOf(interval: CountableTimeInterval, domain: Domain): Date[] {
	return interval.range(new Date(domain[0]), new Date(domain[1] + 1));
}

/**
 * Two-level axis ticks for a domain drawn across `width` pixels: the finest level whose widest
 * label, plus a gap, fits between neighbouring ticks, and above it the coarser unit. Labels never
 * collide: a major label that would run into the next one is dropped.
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
	// BCE and five-digit years are wider than "8888"; the widest year label is at an end of the domain.
	const yearWidth = Math.max(
		measure('8888'),
		...domain.map((t) => measure(yearLabel(new Date(t).getUTCFullYear())))
	);
	const unitMs = { day: 864e5, month: 2_629_746e3, year: 31_556_952e3, decade: 315_569_520e3 };
	const majorSample = {
		month: format.major(Date.UTC(2000, 8, 1), 'month'),
		year: '8888',
		decade: '1990s'
	};
	const sample = LEVELS.find((level) => {
		const widest =
			level.unit === 'day'
				? measure('28')
				: level.unit === 'month'
					? measure('May') + 6
					: yearWidth;
		if (unitMs[level.unit] * level.step * perMs < widest + GAP) return false;
		// The coarser row must have room for its own labels too, or the level is too fine to read.
		return (
			!level.major ||
			unitMs[level.major.unit] * perMs >= measure(majorSample[level.major.unit]) + GAP
		);
	});
	const level = sample ?? LEVELS[LEVELS.length - 1]!;
	let right = -Infinity;
	const minor = ticksOf(level.interval, domain)
		.map((date) => ({
			t: date.getTime(),
			x: x(date.getTime()),
			label: format.minor(date.getTime(), level.unit)
		}))
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
	const major: Tick[] = [];
	if (level.major) {
		const { unit, interval } = level.major;
		const starts = ticksOf(interval, domain).map((d) => d.getTime());
		const first = interval.floor(new Date(domain[0])).getTime();
		if (starts[0] !== first) starts.unshift(first);
		starts.forEach((t, i) => {
			const label = format.major(t, unit);
			// The unit already running at the left edge is labelled there, like a sticky header.
			const at = Math.max(x(t), 0);
			const next = starts[i + 1];
			const room = (next === undefined ? width : x(next)) - at;
			if (measure(label) + GAP <= room && at + measure(label) <= width)
				major.push({ t, x: at, label });
		});
	}
	return { minor, major };
}
