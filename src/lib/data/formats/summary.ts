/**
 * Summaries and titles made from imported text, which arrives as paragraphs of any length. The
 * summary is the first sentence, or the first two when the first is short; the description keeps
 * the rest, so the detail panel reads on without repeating a sentence.
 */

/** A first sentence shorter than this takes the second with it. */
const SHORT_SENTENCE = 100;
/** The longest summary before it is cut at a word. */
const SUMMARY_LENGTH = 280;
/** The longest title made from text, for events that have no headline. */
export const TITLE_LENGTH = 100;

let segmenter: Intl.Segmenter | undefined;

/**
 * The first sentences of a text, at most `count`, by Unicode's rules (which also end a sentence at
 * the Arabic question mark), and the text after them. Segments are read lazily, so a long
 * paragraph costs no more than its first sentences.
 */
export function firstSentences(text: string, count: number): { sentences: string[]; rest: string } {
	segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
	const found: string[] = [];
	let end = 0;
	for (const part of segmenter.segment(text)) {
		if (found.length === count) break;
		found.push(part.segment.trim());
		end = part.index + part.segment.length;
	}
	return { sentences: found.filter(Boolean), rest: text.slice(end).trim() };
}

/** Cuts text at the last word boundary that fits, and marks the cut with an ellipsis. */
export function ellipsize(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface Summary {
	readonly summary: string;
	readonly description?: string;
}

/** The summary and description of an event from its text's paragraphs; null when it has none. */
export function summarise(paragraphs: readonly string[]): Summary | null {
	const [first, ...rest] = paragraphs;
	if (first === undefined) return null;
	const two = firstSentences(first, 2);
	const [one = first, second] = two.sentences;
	const summary = second !== undefined && one.length < SHORT_SENTENCE ? `${one} ${second}` : one;
	if (summary.length > SUMMARY_LENGTH) {
		return { summary: ellipsize(summary, SUMMARY_LENGTH), description: paragraphs.join('\n\n') };
	}
	const after = summary === one ? firstSentences(first, 1).rest : two.rest;
	const remainder = [after, ...rest].filter(Boolean);
	return remainder.length > 0 ? { summary, description: remainder.join('\n\n') } : { summary };
}
