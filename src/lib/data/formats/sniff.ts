import { isJavaScript } from './javascript-json';

/**
 * A first look at decoded text: JSON, JSON wrapped in JavaScript, CSV, or something that is no
 * timeline at all (an empty file, a web page, a binary spreadsheet), each refused with a message
 * that says what it is.
 */
export type TextKind = 'json' | 'javascript' | 'csv';

export type Sniffed =
	{ readonly kind: TextKind } | { readonly kind: 'refused'; readonly reason: string };

export function sniffText(text: string): Sniffed {
	const start = text.trimStart();
	if (start === '') return { kind: 'refused', reason: 'the file is empty' };
	if (start.startsWith('PK\u0003\u0004')) {
		return {
			kind: 'refused',
			reason:
				'the file is a ZIP archive, such as an Excel workbook (.xlsx): save the sheet as CSV and use that file'
		};
	}
	if (start.slice(0, 1000).includes('\u0000')) {
		return { kind: 'refused', reason: 'the file is binary data, not text: use a JSON or CSV file' };
	}
	if (start.startsWith('<')) {
		return {
			kind: 'refused',
			reason:
				'the file is an HTML or XML page, not a timeline: check that the address leads to the JSON or CSV file itself'
		};
	}
	if (start.startsWith('{') || start.startsWith('[')) return { kind: 'json' };
	return { kind: isJavaScript(start) ? 'javascript' : 'csv' };
}
