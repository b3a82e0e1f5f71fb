/**
 * A mark shape for each category, so that colour is never the only cue (WCAG 1.4.1) and the marks
 * still tell categories apart where colours are overridden, as in forced-colours modes. Seven
 * shapes against the palette's eight colours: a category's pair of colour and shape repeats only
 * after 56 categories.
 */
export const SHAPES = [
	'circle',
	'square',
	'triangle',
	'diamond',
	'star',
	'cross',
	'triangle-down'
] as const;

/** Events without a category: a ring, unlike any category's filled shape. */
export const UNCATEGORISED_SHAPE = 'ring';

export type Shape = (typeof SHAPES)[number] | typeof UNCATEGORISED_SHAPE;

/** The shape of the category at `index` in the dataset's list, cycling when there are more. */
export function shapeAt(index: number): Shape {
	return SHAPES[index % SHAPES.length] ?? SHAPES[0];
}
