import type { Measure } from '../../src/lib/layout/text';
import type { AxisTicks } from '../../src/lib/scale/ticks';

/** Every way a label can collide or be cut, as readable strings; [] when the axis is clean. */
export function axisProblems(
	{ minor, major }: AxisTicks,
	width: number,
	measure: Measure
): string[] {
	const found: string[] = [];
	const shown = minor.filter((tick) => tick.label);
	shown.forEach((tick, i) => {
		const half = measure(tick.label) / 2;
		if (tick.x - half < 0 || tick.x + half > width) found.push(`minor "${tick.label}" clipped`);
		const next = shown[i + 1];
		if (next && tick.x + half > next.x - measure(next.label) / 2)
			found.push(`minor "${tick.label}" overlaps "${next.label}"`);
	});
	major.forEach((tick, i) => {
		const right = tick.x + measure(tick.label);
		if (tick.x < 0 || right > width) found.push(`major "${tick.label}" clipped`);
		const next = major[i + 1];
		if (next && right > next.x) found.push(`major "${tick.label}" overlaps "${next.label}"`);
	});
	return found;
}
