import type { ParseError } from 'jsonc-parser';
import { loadedParser } from './parsers';

/**
 * Parses JSON text and, when it is not valid, says where and why: `line 3, column 14: a comma is
 * missing between items`. The engine's own messages differ between browsers and some give no
 * position at all, so a failed parse is read again by jsonc-parser, which reports every error
 * with its offset (loaded for the first failed parse, parsers.ts); only the first is given,
 * since later ones are usually its echoes.
 */
export type JsonRead =
	{ readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** jsonc-parser's error names, in words. */
const REASONS: Record<string, string> = {
	InvalidSymbol: 'unexpected character (text must be in double quotes)',
	InvalidNumberFormat: 'a number is malformed',
	PropertyNameExpected:
		'a field name in double quotes is expected (is there a comma before a closing brace?)',
	ValueExpected: 'a value is expected (is there a comma before a closing bracket?)',
	ColonExpected: 'a colon is expected after the field name',
	CommaExpected: 'a comma is missing between items',
	CloseBraceExpected: 'a closing brace } is missing',
	CloseBracketExpected: 'a closing bracket ] is missing',
	EndOfFileExpected: 'there is more text after the end of the JSON value',
	InvalidCommentToken: 'JSON does not allow comments',
	UnexpectedEndOfComment: 'a comment is not closed',
	UnexpectedEndOfString:
		'a string is not closed on its line (a missing closing quote, or a line break to write as \\n?)',
	UnexpectedEndOfNumber: 'a number ends too early',
	InvalidUnicode: 'a \\u escape is malformed',
	InvalidEscapeCharacter: 'a backslash escape is not valid (write \\\\ for a backslash)',
	InvalidCharacter: 'a string holds a control character such as a line break (write \\n instead)'
};

/** 1-based line and column of an offset; a column counts UTF-16 units, as editors mostly do. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		const c = text.charCodeAt(i);
		// \r\n counts once: the \n that follows a \r starts no new line.
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
			line += 1;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/**
 * Whether a whole JSON value ends before `offset`. jsonc-parser calls a character after the value
 * that starts no JSON token, such as the `;` of `var data = {…};`, an invalid symbol; the value is
 * complete, and what follows is the problem.
 */
function afterValue(text: string, offset: number): boolean {
	try {
		JSON.parse(text.slice(0, offset));
		return true;
	} catch {
		return false;
	}
}

function locate(text: string, engineMessage: string): string {
	const { parse, printParseErrorCode } = loadedParser('jsonc-parser');
	const errors: ParseError[] = [];
	parse(text, errors, { disallowComments: true, allowTrailingComma: false });
	const first = errors[0];
	if (!first) return engineMessage;
	const { line, column } = lineAndColumn(text, first.offset);
	const reason = afterValue(text, first.offset)
		? 'EndOfFileExpected'
		: printParseErrorCode(first.error);
	return `line ${line}, column ${column}: ${REASONS[reason] ?? reason}`;
}

/** `hint`, when given, follows the reason: what to do about a file of this kind. */
export function readJson(text: string, hint?: string): JsonRead {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const advice = hint ? `; ${hint}` : '';
		return { ok: false, error: `the file is not valid JSON: ${locate(text, message)}${advice}` };
	}
}
