import { describe, expect, it } from 'vitest';
import { ellipsize, textMeasure } from '../../../src/lib/layout/text';

const measure = textMeasure(12);
const bold = textMeasure(12, true);

describe('textMeasure', () => {
	it.each([
		['the empty string has no width', '', 0],
		['a space is 0.32 em', ' ', 0.32 * 12],
		['digits share one width, so years line up', '1948', 4 * 0.64 * 12],
		['an accented letter outside the table is measured generously', 'é', 0.72 * 12],
		['an en dash outside the table is measured generously', '–', 0.72 * 12],
		['a CJK character takes a whole em and more', '中', 1.05 * 12],
		['an astral character counts once, not per UTF-16 unit', '😀', 0.72 * 12],
		[
			'bidirectional marks (LRM, RLM, ALM, isolates) take no room',
			'\u200e\u200f\u061c\u2068\u2069',
			0
		]
	])('%s', (_, text, width) => {
		expect(measure(text)).toBeCloseTo(width, 9);
	});

	it.each(['Six-Day War', 'UN General Assembly adopts the partition plan', 'Fatah–Hamas'])(
		'is additive over characters: %j',
		(text) => {
			const sum = Array.from(text).reduce((total, char) => total + measure(char), 0);
			expect(measure(text)).toBeCloseTo(sum, 9);
		}
	);

	it('scales with the font size', () => {
		expect(textMeasure(24)('Oslo')).toBeCloseTo(2 * measure('Oslo'), 9);
	});

	it('makes bold text at least as wide as regular text', () => {
		const text = 'Israel declares independence 1948';
		expect(bold(text)).toBeGreaterThan(measure(text));
		for (const char of text) expect(bold(char)).toBeGreaterThanOrEqual(measure(char));
	});

	it('gives the same answer from its cache', () => {
		expect(measure('Camp David')).toBe(measure('Camp David'));
	});
});

describe('ellipsize', () => {
	const title = 'UN General Assembly adopts the partition plan';

	it.each([
		['text that fits is unchanged', title, measure(title)],
		['text that fits with room to spare is unchanged', 'Oslo', 200],
		['the empty string is unchanged', '', 0]
	])('%s', (_, text, width) => {
		expect(ellipsize(text, width, measure)).toBe(text);
	});

	it.each([20, 60, 100, 150, 200, measure(title) - 0.01])(
		'shortened to %d px, the text ends with "…" and fits',
		(width) => {
			const short = ellipsize(title, width, measure);
			expect(short.length).toBeGreaterThan(1);
			expect(short.endsWith('…')).toBe(true);
			expect(measure(short)).toBeLessThanOrEqual(width);
			expect(title.startsWith(short.slice(0, -1))).toBe(true);
		}
	);

	it('cuts at a word boundary when one is near the end', () => {
		const short = ellipsize(title, measure('UN General Assembly adop…'), measure);
		expect(short).toBe('UN General Assembly…');
	});

	it('cuts inside a long word rather than losing most of the room', () => {
		const short = ellipsize('Internationalisation', measure('Internation…'), measure);
		expect(short).toBe('Internation…');
	});

	it('leaves no space before the ellipsis', () => {
		const short = ellipsize('Oslo II signed', measure('Oslo II …'), measure);
		expect(short).toBe('Oslo II…');
	});

	it.each([
		['too narrow for one character and the ellipsis', 5],
		['zero width', 0],
		['negative width', -10]
	])('returns "" when %s', (_, width) => {
		expect(ellipsize(title, width, measure)).toBe('');
	});

	it('keeps whole astral characters', () => {
		const short = ellipsize('😀😀😀😀😀😀', measure('😀😀…'), measure);
		expect(short).toBe('😀😀…');
	});
});
