import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import dataset from '../../../data/events.json';
import { PALETTE, UNCATEGORISED_COLOUR } from '../../../src/lib/data/palette';

/** The page's paper in the light and the dark theme, as the stylesheet sets them. */
const papers = (() => {
	const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');
	const found = /--paper:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css);
	if (!found) throw new Error('app.css sets no --paper');
	return { light: found[1]!, dark: found[2]! };
})();

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const COLOURS = [
	...PALETTE.map((colour) => [`palette ${colour}`, colour]),
	['uncategorised', UNCATEGORISED_COLOUR],
	...dataset.categories.map((category) => [`category "${category.id}"`, category.color])
];

describe('mark colours against the paper (WCAG 1.4.11, at least 3:1)', () => {
	it.each(COLOURS)('%s holds in the light and the dark theme', (_, colour) => {
		expect(contrast(colour!, papers.light)).toBeGreaterThanOrEqual(3);
		expect(contrast(colour!, papers.dark)).toBeGreaterThanOrEqual(3);
	});
});
