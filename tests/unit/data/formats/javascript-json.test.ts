import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unwrapJavaScript } from '../../../../src/lib/data/formats/javascript-json';
import {
	datasetOf,
	errorsOf,
	importFixture,
	importText,
	problemsOf
} from '../../../support/import';

const json = readFileSync(new URL('../../../fixtures/import/timelinejs2.json', import.meta.url), {
	encoding: 'utf-8'
});
const BASE = 'https://print.example/data/press.js';
const plain = importText(json, { baseUrl: BASE });

const HINT =
	'a JavaScript file must contain only the data: one JSON value assigned to a name, exported or passed to a function, and no other code';

describe('JSON wrapped in JavaScript is read as the JSON it wraps', () => {
	it.each([
		['a var', `var timeline_data = ${json};`],
		['a const without a semicolon', `const data = ${json}`],
		['an exported const', `export const timeline = ${json};\n`],
		['a property of window', `window.data = ${json}`],
		['TimelineJS 2’s own JSONP name', `storyjs_jsonp_data = ${json};`],
		['a default export', `export default ${json};`],
		['a JSONP call', `callback(${json});`],
		['a JSONP call with a generated name and spaces', `jQuery1830_1700 ( ${json} ) ;\n\n`],
		['a call on a property', `Timeline.load(${json})`],
		['comments before the wrapper', `// Saved from the page\n/* v2 */\nvar data = ${json};`],
		['CRLF line ends', `var data = ${json};`.replace(/\n/g, '\r\n')]
	])('%s', (_, text) => {
		const result = importText(text, { baseUrl: BASE });
		expect(result.ok && result.format).toBe('timelinejs2-json');
		expect(datasetOf(result)).toEqual(datasetOf(plain));
		expect(problemsOf(result)).toEqual(problemsOf(plain));
	});

	it('reads TimelineJS 3 and this timeline’s JSON in a wrapper too', () => {
		const slides = '{"events": [{"start_date": {"year": 1948}, "text": {"headline": "A"}}]}';
		const result = importText(`callback(${slides});`);
		expect(result.ok && result.format).toBe('timelinejs-json');
	});

	it('opens a .jsonp file as TimelineJS 2 publishes it', () => {
		const result = importFixture('storyjs.jsonp');
		expect(result.ok && result.format).toBe('timelinejs2-json');
		expect(datasetOf(result)).toMatchObject({
			title: 'Moon landings',
			events: [
				{ id: 'apollo-11', start: '1969-07-20', category: 'apollo' },
				{ id: 'apollo-17', start: '1972-12-11', end: '1972-12-14' }
			]
		});
	});

	it('keeps every character where it was, so JSON errors point into the file', () => {
		const text = '// one\nvar d = {\n  "a": 1\n};';
		const unwrapped = unwrapJavaScript(text);
		expect(unwrapped).toEqual({ ok: true, json: '      \n        {\n  "a": 1\n} ' });
		expect(unwrapped.ok && unwrapped.json.length).toBe(text.length);
	});
});

describe('a JavaScript file that is more than its data is refused, never run', () => {
	it.each([
		[
			'code after the data',
			'var data = {"timeline": {"date": []}};\ncreateStoryJS({type: "timeline"});',
			`the file is not valid JSON: line 1, column 38: there is more text after the end of the JSON value; ${HINT}`
		],
		[
			'a second argument to the call',
			'callback({"events": []}, 2);',
			`the file is not valid JSON: line 1, column 24: there is more text after the end of the JSON value; ${HINT}`
		],
		[
			'an object literal that is not JSON',
			'var data = {timeline: {date: []}};',
			`the file is not valid JSON: line 1, column 13: unexpected character (text must be in double quotes); ${HINT}`
		],
		[
			'a call inside the value',
			'var data = {"events": fetch("https://x.test/")};',
			`the file is not valid JSON: line 1, column 23: unexpected character (text must be in double quotes); ${HINT}`
		],
		[
			'a call that is not closed',
			'callback({"events": []};',
			`the file is not valid JSON but JavaScript code (${HINT})`
		],
		[
			'a function',
			'function timeline() {\n  return {"events": []};\n}',
			`the file is not valid JSON but JavaScript code (${HINT})`
		],
		[
			'a script after a comment',
			'// Build the timeline\ndocument.addEventListener("load", init);',
			`the file is not valid JSON but JavaScript code (${HINT})`
		]
	])('%s', (_, text, error) => {
		expect(errorsOf(importText(text))).toEqual([error]);
	});
});
