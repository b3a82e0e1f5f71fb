import { describe, expect, it } from 'vitest';
import { sniffText } from '../../../../src/lib/data/formats/sniff';

describe('sniffText tells the format from the content', () => {
	it.each([
		['an object', '{"events": []}', 'json'],
		['an object after white space', '\n\t {"events": []}', 'json'],
		['an array', '[1]', 'json'],
		['a header row', 'Year,Month,Day,Headline', 'csv'],
		['a single column', 'date\n1948', 'csv'],
		['a header with brackets and an equals sign', 'Year (CE),Headline,a=b\n1948,A,x', 'csv'],
		['an assignment', 'var timeline_data = {"timeline": {}};', 'javascript'],
		['a JSONP call', 'callback({"events": []})', 'javascript'],
		['a default export', 'export default [];', 'javascript'],
		['a comment', '// data\nwindow.data = {}', 'javascript'],
		['a function', 'function f() {}', 'javascript']
	])('%s is %s', (_, text, kind) => {
		expect(sniffText(text)).toEqual({ kind });
	});

	it.each([
		['an empty file', '', /^the file is empty$/],
		['a file of white space', ' \r\n\t', /^the file is empty$/],
		['a web page', '<!doctype html><html>', /HTML or XML page/],
		['an Excel workbook', 'PK\u0003\u0004\u0014\u0000', /ZIP archive.*\.xlsx.*CSV/],
		['binary data', 'GIF89a\u0000\u0001', /binary data/]
	])('refuses %s with its own message', (_, text, reason) => {
		const sniffed = sniffText(text);
		expect(sniffed.kind).toBe('refused');
		expect(sniffed.kind === 'refused' && sniffed.reason).toMatch(reason);
	});
});
