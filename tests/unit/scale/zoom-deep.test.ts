import { describe, expect, it } from 'vitest';
import {
	DAY,
	MIN_SPAN,
	panBy,
	span,
	zoomAround,
	zoomBounds,
	type Domain
} from '../../../src/lib/scale/zoom';
import { gripDomain, instantAt } from '../../../src/lib/scale/gesture';
import { yearStart } from '../../../src/lib/time/years';

/** A cosmological timeline: the Big Bang to the day of the Moon landing. */
const BIG_BANG = yearStart(-13_799_999_999);
const MOON = Date.UTC(1969, 6, 20);
const bounds = zoomBounds([BIG_BANG, MOON + DAY]);
const WIDTH = 1150;

describe('zoom bounds of deep time', () => {
	it('take in the Big Bang and the Moon landing with their margin', () => {
		expect(bounds.full[0]).toBeLessThan(BIG_BANG);
		expect(bounds.full[1]).toBeGreaterThan(MOON);
	});

	it('still zoom down to three days', () => {
		expect(bounds.minSpan).toBe(MIN_SPAN);
	});

	it('stop short of days where numbers are too coarse for them: a trillion years out', () => {
		const far = zoomBounds([yearStart(-999_999_999_999), MOON]);
		expect(far.minSpan / DAY).toBeGreaterThan(30);
		expect(far.minSpan / DAY).toBeLessThan(365);
	});
});

describe('zooming and panning in deep time', () => {
	it('zooms from the whole age of the universe to three days around the Moon landing', () => {
		let domain: Domain = bounds.full;
		for (let i = 0; i < 60; i++) domain = zoomAround(domain, 2, MOON, bounds);
		expect(span(domain)).toBe(MIN_SPAN);
		expect(domain[0]).toBeLessThan(MOON);
		expect(domain[1]).toBeGreaterThan(MOON);
		for (let i = 0; i < 60; i++) domain = zoomAround(domain, 0.5, MOON, bounds);
		expect(domain).toEqual(bounds.full);
	});

	it('pans at the Big Bang and the Moon landing by what was asked', () => {
		for (const t of [BIG_BANG + 1e6 * 365 * DAY, MOON]) {
			const domain: Domain = [t - 10 * DAY, t + 10 * DAY];
			const moved = panBy(domain, 5 * DAY, bounds);
			expect((moved[0] - domain[0]) / DAY).toBeCloseTo(5, 3);
		}
	});

	it.each<[string, Domain]>([
		['three days around the Moon landing', [MOON - 1.5 * DAY, MOON + 1.5 * DAY]],
		['three days after the Big Bang', [BIG_BANG, BIG_BANG + MIN_SPAN]],
		['a million years around the dinosaurs’ end', [yearStart(-66.5e6), yearStart(-65.5e6)]]
	])('keeps the instant under a dragging pointer in %s to under a pixel', (_, domain) => {
		const pixel = span(domain) / WIDTH;
		const held = { x: 300, t: instantAt(domain, 300, WIDTH) };
		const moved = gripDomain(span(domain), { ...held, x: 310 }, WIDTH, bounds);
		expect(Math.abs(instantAt(moved, 310, WIDTH) - held.t) / pixel).toBeLessThan(1);
	});
});
