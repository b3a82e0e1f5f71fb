/**
 * JSON published as JavaScript, as timelines often are so that a page can load them with a
 * `<script>` tag: `var timeline_data = {…};`, `window.data = {…}`, `export default {…}`, or the
 * JSONP call `callback({…});` (TimelineJS 2 loads `storyjs_jsonp_data = {…}`). The file is never
 * run: when it is exactly one assignment, export or call around one JSON value, with nothing but
 * comments before it, the wrapper is blanked out and the rest read as JSON. Blanking keeps every
 * character where it was, so a JSON error's line and column are the file's own.
 */
export type Unwrapped =
	{ readonly ok: true; readonly json: string } | { readonly ok: false; readonly error: string };

/** What to do about a JavaScript file that is not just its data. */
export const JAVASCRIPT_HINT =
	'a JavaScript file must contain only the data: one JSON value assigned to a name, exported or passed to a function, and no other code';

const COMMENTS = /^(?:\s+|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/)*/;
const NAME = String.raw`[A-Za-z_$][\w$]*`;
const PATH = String.raw`${NAME}(?:\.${NAME})*`;
/** The wrapper's opening, up to the `{` or `[` that starts the value. */
const OPENING = new RegExp(
	String.raw`^(?:(?:export\s+)?(?:var|let|const)\s+${NAME}\s*=|export\s+default|${PATH}\s*=|${PATH}\s*(?<call>\())\s*(?=[[{])`
);
/** Code a file may start with that is not a wrapper around data. */
const CODE = /^(?:(?:var|let|const|function|export)\s|\(\s*function\b|["']use strict["'])/;

const commentsBefore = (text: string) => COMMENTS.exec(text)?.[0].length ?? 0;

/** Whether text that is neither JSON nor HTML starts as JavaScript rather than as a CSV header. */
export function isJavaScript(text: string): boolean {
	if (/^\s*\/[/*]/.test(text)) return true;
	const code = text.slice(commentsBefore(text));
	return OPENING.test(code) || CODE.test(code);
}

/** The end of the text without trailing white space, from `end` back. */
function trimmedEnd(text: string, end: number): number {
	let i = end;
	while (i > 0 && /\s/.test(text.charAt(i - 1))) i -= 1;
	return i;
}

/** Where the value ends: before a closing `;`, and a call's `)`; -1 when a call is not closed. */
function valueEnd(text: string, call: boolean): number {
	let end = trimmedEnd(text, text.length);
	if (text.charAt(end - 1) === ';') end = trimmedEnd(text, end - 1);
	if (!call) return end;
	return text.charAt(end - 1) === ')' ? end - 1 : -1;
}

const blank = (text: string) => text.replace(/[^\r\n]/g, ' ');

export function unwrapJavaScript(text: string): Unwrapped {
	const lead = commentsBefore(text);
	const opening = OPENING.exec(text.slice(lead));
	const start = lead + (opening?.[0].length ?? 0);
	const end = opening ? valueEnd(text, opening.groups?.call !== undefined) : -1;
	if (end < start) {
		return {
			ok: false,
			error: `the file is not valid JSON but JavaScript code (${JAVASCRIPT_HINT})`
		};
	}
	return {
		ok: true,
		json: blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end))
	};
}
