import { describe, expect, it } from 'vitest';
import { lineAndColumn, readJson } from '../../../../src/lib/data/formats/json-text';

const errorOf = (text: string) => {
	const read = readJson(text);
	return read.ok ? '' : read.error;
};

describe('readJson', () => {
	it('gives a hint after the reason when asked', () => {
		expect(readJson('[1', 'a hint')).toEqual({
			ok: false,
			error: 'the file is not valid JSON: line 1, column 3: a closing bracket ] is missing; a hint'
		});
	});

	it('parses valid JSON', () => {
		expect(readJson('{"a": [1, "ب"]}')).toEqual({ ok: true, value: { a: [1, 'ب'] } });
	});

	it.each([
		[
			'a trailing comma',
			'{\n  "a": 1,\n}',
			'line 3, column 1: a field name in double quotes is expected'
		],
		['a missing comma', '[\n  1\n  2\n]', 'line 3, column 3: a comma is missing between items'],
		['a missing colon', '{"a" 1}', 'line 1, column 6: a colon is expected after the field name'],
		['an unclosed object', '{"a": 1', 'line 1, column 8: a closing brace } is missing'],
		['an unclosed array', '[1, 2', 'line 1, column 6: a closing bracket ] is missing'],
		['a comment', '{\n// note\n"a": 1}', 'line 2, column 1: JSON does not allow comments'],
		['single quotes', "{'a': 1}", 'line 1, column 2: unexpected character'],
		[
			'a line break inside a string',
			'{"a": "one\ntwo"}',
			'line 1, column 7: a string is not closed on its line'
		],
		['a bad escape', '{"a": "C:\\data"}', 'line 1, column 7: a backslash escape is not valid'],
		['text after the value', '{}\n{}', 'line 2, column 1: '],
		[
			'a semicolon after the value',
			'{"a": 1};',
			'line 1, column 9: there is more text after the end of the JSON value'
		],
		[
			'an unexpected character inside the value',
			'{"a": x}',
			'line 1, column 7: unexpected character'
		],
		['CRLF line ends counted once', '{\r\n"a": 1,\r\n}', 'line 3, column 1: ']
	])('gives the line and column of %s', (_, text, expected) => {
		expect(errorOf(text)).toMatch(
			new RegExp(`^the file is not valid JSON: ${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
		);
	});
});

describe('lineAndColumn', () => {
	it.each([
		['the first character', 'abc', 0, { line: 1, column: 1 }],
		['after LF', 'a\nbc', 3, { line: 2, column: 2 }],
		['after CR alone', 'a\rbc', 2, { line: 2, column: 1 }],
		['after CRLF', 'a\r\nbc', 3, { line: 2, column: 1 }]
	])('%s', (_, text, offset, expected) => {
		expect(lineAndColumn(text, offset)).toEqual(expected);
	});
});
