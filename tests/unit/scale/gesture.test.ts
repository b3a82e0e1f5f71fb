import { describe, expect, it } from 'vitest';
import {
	gripDomain,
	instantAt,
	pinchDomain,
	sameSpan,
	wheelFactor
} from '../../../src/lib/scale/gesture';
import { DAY, MIN_SPAN, span, zoomBounds, type Domain } from '../../../src/lib/scale/zoom';

const YEAR = 365 * DAY;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const bounds = zoomBounds([at('1947-01-01'), at('2023-09-06')]);
const [LO, HI] = bounds.full;
const WIDTH = 1000;
/** Ten years from 1990, a view well inside the bounds. */
const NINETIES: Domain = [at('1990-01-01'), at('2000-01-01')];

describe('wheelFactor', () => {
	it.each([
		[
			'a notch of 100 pixels zooms in by 2^0.2',
			{ deltaY: -100, deltaMode: 0, ctrlKey: false },
			2 ** 0.2
		],
		[
			'the same notch down zooms out as much',
			{ deltaY: 100, deltaMode: 0, ctrlKey: false },
			2 ** -0.2
		],
		['three lines count as 0.15', { deltaY: -3, deltaMode: 1, ctrlKey: false }, 2 ** 0.15],
		['a page counts as 1', { deltaY: -1, deltaMode: 2, ctrlKey: false }, 2],
		[
			'a trackpad pinch (Ctrl) is ten times as strong',
			{ deltaY: -10, deltaMode: 0, ctrlKey: true },
			2 ** 0.2
		],
		['a sideways wheel does not zoom', { deltaY: 0, deltaMode: 0, ctrlKey: false }, 1]
	])('%s', (_, event, factor) => {
		expect(wheelFactor(event)).toBeCloseTo(factor, 12);
	});
});

describe('gripDomain', () => {
	it('keeps the gripped instant under the pointer while dragging', () => {
		const held = { x: 400, t: instantAt(NINETIES, 400, WIDTH) };
		const moved = gripDomain(span(NINETIES), { ...held, x: 500 }, WIDTH, bounds);
		expect(instantAt(moved, 500, WIDTH)).toBeCloseTo(held.t, -1);
		expect(span(moved)).toBeCloseTo(span(NINETIES), -1);
		expect(moved[0]).toBeLessThan(NINETIES[0]);
	});

	it('stops at the edge of the full view instead of dragging past it', () => {
		const held = { x: 100, t: LO + YEAR };
		const domain = gripDomain(10 * YEAR, { ...held, x: 900 }, WIDTH, bounds);
		expect(domain[0]).toBe(LO);
		expect(span(domain)).toBeCloseTo(10 * YEAR, -1);
	});

	it('zooms no closer than the closest zoom and no wider than the full view', () => {
		const grip = { x: 500, t: at('1995-01-01') };
		expect(span(gripDomain(DAY, grip, WIDTH, bounds))).toBeCloseTo(MIN_SPAN, -1);
		expect(gripDomain(1000 * YEAR, grip, WIDTH, bounds)).toEqual([LO, HI]);
	});
});

describe('pinchDomain', () => {
	it('spreading two fingers to twice their distance halves the span around their midpoint', () => {
		const a = { x: 400, t: instantAt(NINETIES, 400, WIDTH) };
		const b = { x: 600, t: instantAt(NINETIES, 600, WIDTH) };
		const domain = pinchDomain({ ...a, x: 300 }, { ...b, x: 700 }, WIDTH, bounds);
		expect(span(domain) / span(NINETIES)).toBeCloseTo(0.5, 9);
		expect(instantAt(domain, 300, WIDTH)).toBeCloseTo(a.t, -1);
		expect(instantAt(domain, 700, WIDTH)).toBeCloseTo(b.t, -1);
	});

	it('two fingers moving together pan without zooming', () => {
		const a = { x: 400, t: instantAt(NINETIES, 400, WIDTH) };
		const b = { x: 600, t: instantAt(NINETIES, 600, WIDTH) };
		const domain = pinchDomain({ ...a, x: 450 }, { ...b, x: 650 }, WIDTH, bounds);
		expect(span(domain)).toBeCloseTo(span(NINETIES), -1);
		expect(domain[0]).toBeLessThan(NINETIES[0]);
	});

	it('fingers on the same spot show the full view rather than dividing by zero', () => {
		const grip = { x: 500, t: at('1995-01-01') };
		expect(pinchDomain(grip, { ...grip, t: at('1996-01-01') }, WIDTH, bounds)).toEqual([LO, HI]);
	});
});

describe('sameSpan', () => {
	it('holds for views as wide but for rounding, wherever they are', () => {
		expect(sameSpan([LO, HI], [LO + 1e-3, HI + 1e-3])).toBe(true);
		expect(sameSpan(NINETIES, [NINETIES[0] + YEAR, NINETIES[1] + YEAR])).toBe(true);
	});

	it('fails for a view a day narrower', () => {
		expect(sameSpan(NINETIES, [NINETIES[0], NINETIES[1] - DAY])).toBe(false);
	});
});
