import { describe, expect, it } from 'vitest';
import { brushRange, type BrushPart, type Range } from '../../../src/lib/scale/brush';

const WIDTH = 1000;
const WINDOW: Range = [200, 400];

describe('brushRange', () => {
	it.each<[string, BrushPart, number, number, Range]>([
		['dragging the window moves it whole', 'window', 300, 350, [250, 450]],
		['the window stops at the strip’s left end', 'window', 300, 0, [0, 200]],
		['the window stops at the strip’s right end', 'window', 300, 2000, [800, 1000]],
		['dragging the start edge moves only the start', 'start', 200, 150, [150, 400]],
		['dragging the end edge moves only the end', 'end', 400, 600, [200, 600]],
		['an edge dragged past the other swaps them', 'start', 200, 500, [400, 500]],
		[
			'a grip a little off the edge moves the edge by the drag, not to the pointer',
			'end',
			402,
			452,
			[200, 450]
		],
		['an edge stops at the strip’s end', 'end', 400, 1500, [200, 1000]],
		['brushing the strip draws a new window between the two points', 'strip', 700, 600, [600, 700]],
		['a new window stops at the strip’s ends', 'strip', 700, -50, [0, 700]],
		['a press on the strip that does not move makes an empty window', 'strip', 700, 700, [700, 700]]
	])('%s', (_, part, x0, x, expected) => {
		expect(brushRange(part, WINDOW, x0, x, WIDTH)).toEqual(expected);
	});
});
