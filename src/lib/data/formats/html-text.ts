import { loadedParser } from './parsers';
import { webAddress } from './web-address';

/**
 * HTML from an imported file, as plain paragraphs and the web links it held. Nothing of it is ever
 * shown as HTML: tags are dropped, the text of scripts, styles, SVG and other embedded documents
 * is dropped with them, and only http: and https: links are kept. htmlparser2 is a streaming
 * tokenizer with no DOM, so it runs in the dataset worker; it is loaded for the first text that
 * needs it (parsers.ts).
 */
export interface Link {
	readonly title: string;
	readonly url: string;
}

export interface PlainText {
	readonly paragraphs: readonly string[];
	readonly links: readonly Link[];
}

/** Elements whose content is not text for a reader: code, styles, media and other documents. */
const SKIPPED = new Set([
	'applet',
	'audio',
	'canvas',
	'embed',
	'head',
	'iframe',
	'math',
	'noembed',
	'noframes',
	'noscript',
	'object',
	'script',
	'select',
	'style',
	'svg',
	'template',
	'textarea',
	'title',
	'video',
	'xmp'
]);

/** Elements that end one paragraph and start the next. */
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'br',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tr',
	'ul'
]);

const CELLS = new Set(['td', 'th']);

/** A blank line separates paragraphs in text that has no tags at all. */
const BLANK_LINE = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/;
const TAG = /<[a-z!/?]/i;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text with a tag or an entity in it; most headlines and captions hold neither. */
const hasMarkup = (html: string) => html.includes('<') || html.includes('&');

/**
 * Paragraphs of plain text and nothing else, as most TimelineJS text is ("<p>…</p><p>…</p>"):
 * read without the parser, which costs far more to start for each of thousands of events.
 */
const PLAIN_PARAGRAPHS = /^\s*(?:<p>[^<&]*<\/p>\s*)+$/i;
const PARAGRAPH = /<p>([^<]*)<\/p>/gi;

class TextCollector {
	readonly paragraphs: string[] = [];
	readonly links: Link[] = [];
	#current = '';
	#skipping = 0;
	#link: { href: string; text: string } | undefined;

	constructor(readonly baseUrl: string | undefined) {}

	open(name: string, attributes: Record<string, string>): void {
		if (this.#skipping > 0 || SKIPPED.has(name)) {
			this.#skipping += 1;
			return;
		}
		if (BLOCKS.has(name)) this.endParagraph();
		else if (CELLS.has(name)) this.#current += ' ';
		if (name === 'a') this.#link = { href: attributes.href ?? '', text: '' };
	}

	text(text: string): void {
		if (this.#skipping > 0) return;
		this.#current += text;
		if (this.#link) this.#link.text += text;
	}

	close(name: string): void {
		if (this.#skipping > 0) {
			this.#skipping -= 1;
			return;
		}
		if (name === 'a' && this.#link) this.#endLink(this.#link);
		if (BLOCKS.has(name)) this.endParagraph();
	}

	endParagraph(): void {
		const paragraph = collapse(this.#current);
		if (paragraph) this.paragraphs.push(paragraph);
		this.#current = '';
	}

	#endLink(link: { href: string; text: string }): void {
		this.#link = undefined;
		const address = webAddress(link.href, this.baseUrl);
		if (!address.ok || this.links.some((known) => known.url === address.url)) return;
		this.links.push({ title: collapse(link.text) || address.url, url: address.url });
	}
}

export function htmlToText(html: string, baseUrl?: string): PlainText {
	if (!hasMarkup(html)) {
		return { paragraphs: html.split(BLANK_LINE).map(collapse).filter(Boolean), links: [] };
	}
	if (PLAIN_PARAGRAPHS.test(html)) {
		const paragraphs = [...html.matchAll(PARAGRAPH)].map((match) => collapse(match[1] ?? ''));
		return { paragraphs: paragraphs.filter(Boolean), links: [] };
	}
	const { Parser } = loadedParser('htmlparser2');
	const collector = new TextCollector(baseUrl);
	const chunks = TAG.test(html) ? [html] : html.split(BLANK_LINE);
	for (const chunk of chunks) {
		const parser = new Parser(
			{
				onopentag: (name, attributes) => collector.open(name, attributes),
				ontext: (text) => collector.text(text),
				onclosetag: (name) => collector.close(name)
			},
			{ decodeEntities: true }
		);
		parser.write(chunk);
		parser.end();
		collector.endParagraph();
	}
	return { paragraphs: collector.paragraphs, links: collector.links };
}

/** One line of plain text and the links it held. */
export interface PlainLine {
	readonly line: string;
	readonly links: readonly Link[];
}

const NO_LINKS: readonly Link[] = [];

/** One line of plain text, for a headline, a caption or a name. */
export function htmlToLine(html: string, baseUrl?: string): PlainLine {
	// Plain words, often empty, read for every event of a file: no paragraphs to make and join.
	if (!hasMarkup(html)) return { line: collapse(html), links: NO_LINKS };
	const text = htmlToText(html, baseUrl);
	return { line: text.paragraphs.join(' '), links: text.links };
}
