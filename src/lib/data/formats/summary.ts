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

/** What Unicode ends a sentence after (UAX #29, SB4 and SB11): terminators and line separators. */
const ENDS_SENTENCE = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/u;
/** What may close a text's last sentence: its terminators, closing punctuation and spaces. */
const CLOSE = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\p{Pe}\p{Pf}\p{Pi}"'\s]+$/u;

interface Sentence {
	readonly text: string;
	/** Where it ends in the text, the spaces after it included. */
	readonly end: number;
}

/**
 * The first sentences of a text, at most `count`, by Unicode's rules (which also end a sentence at
 * the Arabic question mark). Segments are read lazily, so a long paragraph costs no more than its
 * first sentences; a text with nothing that ends a sentence before its close is one sentence, and
 * is not segmented at all (tens of microseconds a text, a good part of importing a large file).
 */
function sentences(text: string, count: number): Sentence[] {
	if (!ENDS_SENTENCE.test(text.replace(CLOSE, '')))
		return [{ text: text.trim(), end: text.length }];
	segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
	const found: Sentence[] = [];
	for (const part of segmenter.segment(text)) {
		if (found.length === count) break;
		found.push({ text: part.segment.trim(), end: part.index + part.segment.length });
	}
	return found;
}

/** The first sentences of a text, at most `count`, and the text after them. */
export function firstSentences(text: string, count: number): { sentences: string[]; rest: string } {
	const found = sentences(text, count);
	return {
		sentences: found.map((sentence) => sentence.text).filter(Boolean),
		rest: text.slice(found.at(-1)?.end ?? 0).trim()
	};
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
	const [head, next] = sentences(first, 2).filter((sentence) => sentence.text !== '');
	const one = head?.text ?? first;
	const both = next !== undefined && one.length < SHORT_SENTENCE;
	const summary = both ? `${one} ${next.text}` : one;
	if (summary.length > SUMMARY_LENGTH) {
		return { summary: ellipsize(summary, SUMMARY_LENGTH), description: paragraphs.join('\n\n') };
	}
	const after = first.slice((both ? next : head)?.end ?? 0).trim();
	const remainder = [after, ...rest].filter(Boolean);
	return remainder.length > 0 ? { summary, description: remainder.join('\n\n') } : { summary };
}
