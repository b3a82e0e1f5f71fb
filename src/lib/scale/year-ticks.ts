import type { Measure } from '../layout/text';
import { YEAR_MS, yearAt, yearStart } from '../time/years';
import type { TickFormatter } from './tick-format';
import type { Domain } from './zoom';

/** Steps of round years: 1, 2 and 5 times each power of ten, up to the 5 trillion years no axis needs. */
export const YEAR_STEPS: readonly number[] = Array.from({ length: 13 }, (_, k) =>
	[1, 2, 5].map((m) => m * 10 ** k)
).flat();

/**
 * Instants of round years in a domain, every `step` years: multiples of the step in the common era
 * and, before it, years whose BCE number is one ("10 BCE", "66 million years ago"), not
 * astronomical multiples (11 BCE). Computed from year numbers, not with `Date`, so they reach the
 * Big Bang as easily as 1948. The caller keeps the count sensible by choosing the step.
 */
export function roundYears(domain: Domain, step: number): number[] {
	const first = yearAt(domain[0]);
	const last = yearAt(domain[1]);
	const years: number[] = [];
	// Before the era, BCE numbers n = 1 - year from the largest in view down to the smallest.
	const latestBce = 1 - Math.min(last, 0);
	for (let k = Math.floor((1 - first) / step); k * step >= latestBce; k--) {
		years.push(1 - k * step);
	}
	for (let k = Math.ceil(Math.max(first, 1) / step); k * step <= last; k++) years.push(k * step);
	return years.map(yearStart).filter((t) => t >= domain[0] && t <= domain[1]);
}

export interface LabelledTick {
	readonly t: number;
	readonly label: string;
}

/**
 * Round-year ticks at the finest step, from `minStep` on, whose labels each fit between their
 * neighbours with `gap` to spare. Labels are measured one by one, as "13.8 billion years ago" and
 * "1969" differ fivefold in width; steps whose ticks are closer than a four-digit year are passed
 * over unmeasured, which keeps the count measured to a few dozen.
 */
export function roundYearTicks(
	domain: Domain,
	width: number,
	measure: Measure,
	format: TickFormatter,
	gap: number,
	minStep: number
): LabelledTick[] {
	const perMs = width / Math.max(domain[1] - domain[0], 1);
	const steps = YEAR_STEPS.filter((step) => step >= minStep);
	let ticks: LabelledTick[] = [];
	for (const step of steps) {
		if (step * YEAR_MS * perMs < measure('8888') + gap) continue;
		ticks = roundYears(domain, step).map((t) => ({ t, label: format.year(t, step) }));
		const fits = ticks.every((tick, i) => {
			const next = ticks[i + 1];
			if (!next) return true;
			const room = (next.t - tick.t) * perMs;
			return room >= (measure(tick.label) + measure(next.label)) / 2 + gap;
		});
		if (fits) break;
	}
	return ticks;
}
