/**
 * Text widths without a DOM. Layout must give the same answer on the server (prerender), in Node
 * tests and in the browser, so labels are measured from a table of advance widths (in em) rather
 * than from the page. The table holds, per printable ASCII character, the wider of DejaVu Sans and
 * Liberation Sans (metric twin of Arial), the fonts the label font stack falls back through, so a
 * measured width never undershoots the drawn text.
 */
const REGULAR = [
	0.32, 0.4, 0.46, 0.84, 0.64, 0.95, 0.78, 0.27, 0.39, 0.39, 0.5, 0.84, 0.32, 0.36, 0.32, 0.34,
	0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.56,
	1.02, 0.68, 0.69, 0.72, 0.77, 0.67, 0.61, 0.78, 0.75, 0.29, 0.5, 0.67, 0.56, 0.86, 0.75, 0.79,
	0.67, 0.79, 0.72, 0.67, 0.61, 0.73, 0.68, 0.99, 0.69, 0.67, 0.69, 0.39, 0.34, 0.39, 0.84, 0.56,
	0.5, 0.61, 0.63, 0.55, 0.63, 0.62, 0.35, 0.63, 0.63, 0.28, 0.28, 0.58, 0.28, 0.97, 0.63, 0.61,
	0.63, 0.63, 0.41, 0.52, 0.39, 0.63, 0.59, 0.82, 0.59, 0.59, 0.52, 0.64, 0.34, 0.64, 0.84
];
const BOLD = [
	0.35, 0.46, 0.52, 0.84, 0.7, 1, 0.87, 0.31, 0.46, 0.46, 0.52, 0.84, 0.38, 0.42, 0.38, 0.37, 0.7,
	0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.4, 0.4, 0.84, 0.84, 0.84, 0.61, 1, 0.77, 0.76,
	0.73, 0.83, 0.68, 0.68, 0.82, 0.84, 0.37, 0.56, 0.77, 0.64, 1, 0.84, 0.85, 0.73, 0.85, 0.77, 0.72,
	0.68, 0.81, 0.77, 1.1, 0.77, 0.72, 0.73, 0.46, 0.37, 0.46, 0.84, 0.56, 0.5, 0.67, 0.72, 0.59,
	0.72, 0.68, 0.44, 0.72, 0.71, 0.34, 0.34, 0.67, 0.34, 1.04, 0.71, 0.69, 0.72, 0.72, 0.49, 0.6,
	0.48, 0.71, 0.65, 0.92, 0.65, 0.65, 0.58, 0.71, 0.37, 0.71, 0.84
];
/** Width of characters outside the table (accents, dashes, other scripts): generous on purpose. */
const OTHER = { regular: 0.72, bold: 0.8, wide: 1.05 };

/** A text's width in pixels, by adding up its characters' widths. */
export interface Measure {
	(text: string): number;
	/**
	 * How many UTF-16 units of `text`, from its start and in whole characters, fit in `maxWidth`
	 * with `suffix` after them: one pass, where measuring prefix after prefix would allocate each.
	 * Its sums are the very ones measuring the prefix and suffix together would make.
	 */
	fit(text: string, suffix: string, maxWidth: number): number;
}

/** Marks that steer bidirectional text (LRM, RLM, ALM, embeddings, isolates) and take no room. */
const isBidiMark = (code: number) =>
	code === 0x061c ||
	code === 0x200e ||
	code === 0x200f ||
	(code >= 0x202a && code <= 0x202e) ||
	(code >= 0x2066 && code <= 0x2069);

function charWidth(code: number, bold: boolean): number {
	const table = bold ? BOLD : REGULAR;
	if (code >= 32 && code < 127) return table[code - 32] ?? OTHER.regular;
	if (isBidiMark(code)) return 0;
	// CJK, Hangul and full-width forms take a whole em.
	if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xffdc))) return OTHER.wide;
	return bold ? OTHER.bold : OTHER.regular;
}

/** A measure for one font size and weight, with a cache since labels repeat across frames. */
export function textMeasure(fontSize: number, bold = false): Measure {
	const cache = new Map<string, number>();
	const ems = (text: string, from = 0) => {
		let sum = from;
		for (const char of text) sum += charWidth(char.codePointAt(0) ?? 0, bold);
		return sum;
	};
	const measure = (text: string) => {
		let width = cache.get(text);
		if (width === undefined) {
			width = ems(text) * fontSize;
			cache.set(text, width);
		}
		return width;
	};
	const fit = (text: string, suffix: string, maxWidth: number) => {
		let sum = 0;
		let units = 0;
		for (const char of text) {
			sum += charWidth(char.codePointAt(0) ?? 0, bold);
			if (ems(suffix, sum) * fontSize > maxWidth) break;
			units += char.length;
		}
		return units;
	};
	return Object.assign(measure, { fit });
}

const ELLIPSIS = '…';

/**
 * The longest prefix of `text` (cut at a word where possible) that, with an ellipsis, fits in
 * `maxWidth`; the text itself when it fits, and '' when not even one character and the ellipsis do.
 */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
	if (measure(text) <= maxWidth) return text;
	const prefix = text.slice(0, measure.fit(text, ELLIPSIS, maxWidth));
	if (prefix.length === 0) return '';
	const space = prefix.lastIndexOf(' ');
	const cut = space > prefix.length * 0.6 ? prefix.slice(0, space) : prefix;
	return cut.trimEnd() + ELLIPSIS;
}
