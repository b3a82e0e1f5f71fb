import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar } from 'd3';
import type { SymbolType } from 'd3';
import type { Shape } from '../data/shapes';
import { GEOMETRY as G } from './geometry';

/** A triangle with its box centred on the origin, as wide as it is high: d3's is centred on its centroid. */
const triangle = (direction: 1 | -1): SymbolType => ({
	draw(context, size) {
		const r = Math.sqrt(size / 2);
		context.moveTo(0, -r * direction);
		context.lineTo(r, r * direction);
		context.lineTo(-r, r * direction);
		context.closePath();
	}
});

/** A circle with a hole, its inner edge drawn the other way round so the nonzero rule leaves it empty. */
const ring: SymbolType = {
	draw(context, size) {
		const r = Math.sqrt(size / Math.PI);
		const inner = r * 0.5;
		context.moveTo(r, 0);
		context.arc(0, 0, r, 0, 2 * Math.PI);
		context.moveTo(inner, 0);
		context.arc(0, 0, inner, 0, 2 * Math.PI, true);
		context.closePath();
	}
};

/**
 * Each shape's type, and its area as a multiple of r², chosen so that every glyph fits within r of
 * its centre across (labels are placed r beside a point mark) and within 1.25 r up and down, and
 * the thin shapes are not lost beside the full ones.
 */
const SHAPE_TYPES: Record<Shape, { type: SymbolType; area: number }> = {
	circle: { type: symbolCircle, area: Math.PI },
	square: { type: symbolSquare, area: 1.7 ** 2 },
	triangle: { type: triangle(1), area: 2 },
	diamond: { type: symbolDiamond, area: 1.25 ** 2 * 2 * Math.tan(Math.PI / 6) },
	// d3's star reaches 0.951 of its outer radius across; its outer radius is √(0.8908 × area).
	star: { type: symbolStar, area: (1 / 0.951) ** 2 / 0.8908130915292852 },
	// d3's cross reaches 3/2 × √(area / 5) from its centre.
	cross: { type: symbolCross, area: 5 * (2 / 3) ** 2 },
	'triangle-down': { type: triangle(-1), area: 2 },
	ring: { type: ring, area: Math.PI }
};

/** The path of a shape's glyph centred on the origin, within `radius` across. */
export function glyphPath(shape: Shape, radius: number): string {
	const { type, area } = SHAPE_TYPES[shape];
	return symbol(type, area * radius * radius)() ?? '';
}

function glyphs(radius: number): Readonly<Record<Shape, string>> {
	return Object.fromEntries(
		Object.keys(SHAPE_TYPES).map((shape) => [shape, glyphPath(shape as Shape, radius)])
	) as Record<Shape, string>;
}

/** Computed once: what every point mark draws, translated to its place. */
export const POINT_GLYPHS = glyphs(G.markRadius);
/** The glyph at the start of a bar, small enough to sit inside it. */
export const BAR_GLYPHS = glyphs(G.barGlyphRadius);
/** Beside text (legend, lists, panel), in a box of ±6 scaled with the text. */
export const TEXT_GLYPHS = glyphs(5);
