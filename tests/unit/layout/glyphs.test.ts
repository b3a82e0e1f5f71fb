import { describe, expect, it } from 'vitest';
import { SHAPES, UNCATEGORISED_SHAPE, type Shape } from '../../../src/lib/data/shapes';
import { GEOMETRY as G } from '../../../src/lib/layout/geometry';
import { BAR_GLYPHS, POINT_GLYPHS, glyphPath } from '../../../src/lib/layout/glyphs';

const ALL: Shape[] = [...SHAPES, UNCATEGORISED_SHAPE];

/**
 * The box of a path as d3's symbols write it: absolute M, L and A (circles centred on the origin,
 * so an arc reaches its radius each way), relative h and v, and Z.
 */
function bounds(d: string): { left: number; right: number; top: number; bottom: number } {
	const xs: number[] = [];
	const ys: number[] = [];
	let x = 0;
	let y = 0;
	for (const [, command, args] of d.matchAll(/([MLAhvZ])([^MLAhvZ]*)/g)) {
		const n = (args ?? '').split(',').filter(Boolean).map(Number);
		if (command === 'M' || command === 'L') [x, y] = [n[0]!, n[1]!];
		else if (command === 'h') x += n[0]!;
		else if (command === 'v') y += n[0]!;
		else if (command === 'A') {
			const r = n[0]!;
			xs.push(-r, r);
			ys.push(-r, r);
			[x, y] = [n[5]!, n[6]!];
		}
		xs.push(x);
		ys.push(y);
	}
	return {
		left: Math.min(...xs),
		right: Math.max(...xs),
		top: Math.min(...ys),
		bottom: Math.max(...ys)
	};
}

describe('glyphPath', () => {
	it.each(ALL.flatMap((shape) => [5, 4].map((r) => [shape, r] as const)))(
		'%s at radius %d stays within the radius across, where labels begin, and 1.25 × up and down',
		(shape, r) => {
			const box = bounds(glyphPath(shape, r));
			expect(box.left).toBeGreaterThanOrEqual(-r - 0.01);
			expect(box.right).toBeLessThanOrEqual(r + 0.01);
			expect(box.top).toBeGreaterThanOrEqual(-1.25 * r - 0.01);
			expect(box.bottom).toBeLessThanOrEqual(1.25 * r + 0.01);
		}
	);

	it.each(ALL)('%s is not a sliver: it reaches at least 0.7 of the radius across', (shape) => {
		const box = bounds(glyphPath(shape, 10));
		expect(box.right - box.left).toBeGreaterThanOrEqual(14);
	});

	it('draws every shape differently', () => {
		expect(new Set(ALL.map((shape) => glyphPath(shape, 5))).size).toBe(ALL.length);
	});

	it('points the two triangles opposite ways', () => {
		expect(glyphPath('triangle', 5)).toMatch(/^M0,-5/);
		expect(glyphPath('triangle-down', 5)).toMatch(/^M0,5/);
	});

	it('cuts a hole in the ring: a second circle drawn the other way round', () => {
		const d = glyphPath('ring', 5);
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d).toMatch(/A2\.5,2\.5,0,1,0/);
	});
});

describe('precomputed glyphs', () => {
	it('hold a path for every shape, at the point mark’s and the bar glyph’s radius', () => {
		for (const shape of ALL) {
			expect(POINT_GLYPHS[shape]).toBe(glyphPath(shape, G.markRadius));
			expect(BAR_GLYPHS[shape]).toBe(glyphPath(shape, G.barGlyphRadius));
		}
	});

	it('fit a bar’s glyph inside the bar’s height and the room before its label', () => {
		expect(2 * 1.25 * G.barGlyphRadius).toBeLessThan(G.barHeight);
		expect(2 * G.barGlyphRadius).toBeLessThan(G.barGlyphRoom);
	});
});
