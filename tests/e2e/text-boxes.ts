import type { Locator } from '@playwright/test';

/** A piece of text in an SVG, and the box it is drawn in. */
export interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The box of every non-empty text in an SVG, and the SVG's own box as `frame`. */
export async function textBoxes(svg: Locator): Promise<{ boxes: Box[]; frame: Box }> {
	return svg.evaluate((element) => {
		const box = (el: Element, text: string) => {
			const r = el.getBoundingClientRect();
			return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const boxes = [...element.querySelectorAll('text')]
			.filter((t) => (t.textContent ?? '').trim().length > 0)
			.map((t) => box(t, t.textContent ?? ''));
		return { boxes, frame: box(element, 'svg') };
	});
}

export function overlaps(a: Box, b: Box, tolerance = 0.5): boolean {
	return (
		a.left < b.right - tolerance &&
		b.left < a.right - tolerance &&
		a.top < b.bottom - tolerance &&
		b.top < a.bottom - tolerance
	);
}

/** Texts that reach past the frame's edges, each named with the edge. */
export function clipped(boxes: Box[], frame: Box, tolerance = 0.5): string[] {
	return boxes.flatMap((box) => [
		...(box.left < frame.left - tolerance ? [`"${box.text}" clipped left`] : []),
		...(box.right > frame.right + tolerance ? [`"${box.text}" clipped right`] : []),
		...(box.top < frame.top - tolerance ? [`"${box.text}" clipped at top`] : []),
		...(box.bottom > frame.bottom + tolerance ? [`"${box.text}" clipped at bottom`] : [])
	]);
}

/** Every pair of texts that overlap, named. */
export function collisions(boxes: Box[]): string[] {
	const found: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			if (overlaps(boxes[i]!, boxes[j]!)) found.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
		}
	}
	return found;
}
