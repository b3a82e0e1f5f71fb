import { describe, expect, it } from 'vitest';
import {
	clampDomain,
	DAY,
	fitDomain,
	MIN_SPAN,
	panBy,
	revealDomain,
	sameDomain,
	span,
	zoomAround,
	zoomBounds,
	type Domain
} from '../../../src/lib/scale/zoom';

const YEAR = 365 * DAY;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const EXTENT: Domain = [at('1947-01-01'), at('2023-09-06')];
const bounds = zoomBounds(EXTENT);
const [LO, HI] = bounds.full;
/** Where an instant sits across the view, 0 at the left edge and 1 at the right. */
const ratio = (domain: Domain, t: number) => (t - domain[0]) / span(domain);

describe('sameDomain', () => {
	it('holds for the same span in another array, and not when either end differs', () => {
		const domain: Domain = [at('1990-01-01'), at('2000-01-01')];
		expect(sameDomain(domain, [domain[0], domain[1]])).toBe(true);
		expect(sameDomain(domain, [domain[0], domain[1] + 1])).toBe(false);
		expect(sameDomain(domain, [domain[0] - 1, domain[1]])).toBe(false);
	});
});

describe('zoomBounds', () => {
	it('adds a 3% margin on each side of the dataset', () => {
		const margin = 0.03 * span(EXTENT);
		expect(LO).toBeCloseTo(EXTENT[0] - margin, -1);
		expect(HI).toBeCloseTo(EXTENT[1] + margin, -1);
	});

	it('gives a one-instant dataset a view as wide as the closest zoom, centred on it', () => {
		const t = at('1948-05-14');
		const { full } = zoomBounds([t, t]);
		expect((full[0] + full[1]) / 2).toBe(t);
		expect(span(full)).toBeCloseTo(MIN_SPAN * 1.06, -1);
	});
});

describe('clampDomain', () => {
	const mid = (LO + HI) / 2;
	it.each<[string, Domain, Domain]>([
		['a domain inside the full view is kept', [mid, mid + YEAR], [mid, mid + YEAR]],
		[
			'a domain closer than the closest zoom widens about its centre',
			[mid - DAY / 2, mid + DAY / 2],
			[mid - MIN_SPAN / 2, mid + MIN_SPAN / 2]
		],
		[
			'an empty domain becomes the closest zoom about its point',
			[mid, mid],
			[mid - MIN_SPAN / 2, mid + MIN_SPAN / 2]
		],
		[
			'a reversed domain becomes the closest zoom about its centre',
			[mid + DAY, mid - DAY],
			[mid - MIN_SPAN / 2, mid + MIN_SPAN / 2]
		],
		[
			'a domain wider than the full view becomes the full view',
			[LO - 10 * YEAR, HI + 10 * YEAR],
			[LO, HI]
		],
		[
			'a domain past the left edge slides right, keeping its width',
			[LO - YEAR, LO + YEAR],
			[LO, LO + 2 * YEAR]
		],
		[
			'a domain past the right edge slides left, keeping its width',
			[HI - YEAR, HI + YEAR],
			[HI - 2 * YEAR, HI]
		]
	])('%s', (_, domain, expected) => {
		const [a, b] = clampDomain(domain, bounds);
		expect(a).toBeCloseTo(expected[0], -1);
		expect(b).toBeCloseTo(expected[1], -1);
	});
});

describe('zoomAround', () => {
	const view: Domain = [at('1960-01-01'), at('1980-01-01')];
	it.each([
		['zooming in at the left edge', 2, 0],
		['zooming in at the centre', 2, 0.5],
		['zooming in at three quarters', 4, 0.75],
		['zooming in at the right edge', 3, 1],
		['zooming out at a third', 0.5, 1 / 3]
	])('%s keeps the anchor where it is on screen', (_, factor, where) => {
		const anchor = view[0] + where * span(view);
		const next = zoomAround(view, factor, anchor, bounds);
		expect(span(next)).toBeCloseTo(span(view) / factor, -1);
		expect(ratio(next, anchor)).toBeCloseTo(where, 9);
	});

	it('stops at the closest zoom, the anchor still in place', () => {
		const anchor = at('1967-06-05');
		const next = zoomAround(view, 1e9, anchor, bounds);
		expect(span(next)).toBeCloseTo(MIN_SPAN, -1);
		expect(ratio(next, anchor)).toBeCloseTo(ratio(view, anchor), 9);
	});

	it('stops at the full view when zooming out far', () => {
		expect(zoomAround(view, 1e-9, view[0], bounds)).toEqual([LO, HI]);
	});

	it('never leaves the full view when zooming out near an edge', () => {
		const edge: Domain = [LO, LO + YEAR];
		const next = zoomAround(edge, 0.25, LO + YEAR / 2, bounds);
		expect(next[0]).toBeGreaterThanOrEqual(LO);
		expect(next[1]).toBeLessThanOrEqual(HI);
		expect(span(next)).toBeCloseTo(4 * YEAR, -1);
	});
});

describe('panBy', () => {
	const view: Domain = [at('1960-01-01'), at('1970-01-01')];
	it.each<[string, Domain, number, Domain]>([
		['moves by the delta in the middle', view, YEAR, [view[0] + YEAR, view[1] + YEAR]],
		['stops at the left edge, keeping the width', view, -1000 * YEAR, [LO, LO + span(view)]],
		['stops at the right edge, keeping the width', view, 1000 * YEAR, [HI - span(view), HI]],
		['cannot move the full view at all', [LO, HI], 5 * YEAR, [LO, HI]]
	])('%s', (_, domain, delta, expected) => {
		const [a, b] = panBy(domain, delta, bounds);
		expect(a).toBeCloseTo(expected[0], -1);
		expect(b).toBeCloseTo(expected[1], -1);
	});
});

describe('fitDomain', () => {
	it.each([
		['a war of six days', at('1967-06-05'), at('1967-06-11')],
		['a decade', at('1980-01-01'), at('1990-01-01')],
		['a single instant', at('1948-05-14'), at('1948-05-14')],
		['a span at the left edge of the data', EXTENT[0], EXTENT[0] + YEAR],
		['a span at the right edge of the data', EXTENT[1] - DAY, EXTENT[1]]
	])('shows all of %s inside the full view, no closer than the closest zoom', (_, t0, t1) => {
		const [a, b] = fitDomain(t0, t1, bounds);
		expect(a).toBeLessThanOrEqual(t0);
		expect(b).toBeGreaterThanOrEqual(t1);
		expect(a).toBeGreaterThanOrEqual(LO);
		expect(b).toBeLessThanOrEqual(HI);
		expect(b - a).toBeGreaterThanOrEqual(MIN_SPAN - 1);
	});

	it('leaves an 8% margin on each side of a span away from the edges', () => {
		const t0 = at('1980-01-01');
		const t1 = at('1990-01-01');
		const [a, b] = fitDomain(t0, t1, bounds);
		expect(a).toBeCloseTo(t0 - 0.08 * (t1 - t0), -1);
		expect(b).toBeCloseTo(t1 + 0.08 * (t1 - t0), -1);
	});

	it('centres the closest zoom on a single instant', () => {
		const t = at('1948-05-14');
		const domain = fitDomain(t, t, bounds);
		expect(ratio(domain, t)).toBeCloseTo(0.5, 9);
	});
});

describe('revealDomain', () => {
	const view: Domain = [at('1990-01-01'), at('1992-01-01')];
	it('brings an event in from the right with its start a tenth from the left edge, same span', () => {
		const t = at('1995-06-01');
		const next = revealDomain(t, t + DAY, view, 1, bounds);
		expect(ratio(next, t)).toBeCloseTo(0.1, 6);
		expect(span(next)).toBe(span(view));
	});

	it('brings an event in from the left with its end a tenth from the right edge', () => {
		const t = at('1980-03-01');
		const next = revealDomain(t, t + DAY, view, -1, bounds);
		expect(ratio(next, t + DAY)).toBeCloseTo(0.9, 6);
	});

	it('stops at the edge of the full view near the first event', () => {
		const wide: Domain = [at('1960-01-01'), at('1990-01-01')];
		expect(revealDomain(EXTENT[0], EXTENT[0] + DAY, wide, 1, bounds)[0]).toBe(LO);
	});
});
