import { describe, expect, it } from 'vitest';
import { SHAPES, UNCATEGORISED_SHAPE, shapeAt } from '../../../src/lib/data/shapes';

describe('shapeAt', () => {
	it.each([
		['the first category is a circle', 0, 'circle'],
		['the second a square', 1, 'square'],
		['the third a triangle', 2, 'triangle'],
		['the last shape before cycling', SHAPES.length - 1, 'triangle-down'],
		['one past the last shape cycles back to the circle', SHAPES.length, 'circle'],
		['far along, still by position', 3 * SHAPES.length + 4, 'star']
	])('%s', (_, index, shape) => {
		expect(shapeAt(index)).toBe(shape);
	});

	it('gives the first categories all different shapes', () => {
		const first = Array.from({ length: SHAPES.length }, (_, i) => shapeAt(i));
		expect(new Set(first).size).toBe(SHAPES.length);
	});

	it('never gives a category the shape of events without one', () => {
		expect(SHAPES).not.toContain(UNCATEGORISED_SHAPE);
	});

	it('has a shape count prime to the palette’s eight colours, so colour and shape pairs repeat late', () => {
		expect(SHAPES.length % 2).toBe(1);
	});
});
