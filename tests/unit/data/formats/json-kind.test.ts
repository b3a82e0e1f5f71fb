import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksImported } from '../../../../src/lib/data/formats/json-kind';

describe('looksImported', () => {
	it("is false for the start of this project's own JSON", () => {
		expect(looksImported(readFileSync('data/events.json', 'utf8').slice(0, 4096))).toBe(false);
		expect(
			looksImported('\uFEFF\n  {"title": "T", "events": [{"id": "a", "start": "1948"}]}')
		).toBe(false);
	});

	it.each([
		[
			'TimelineJS JSON',
			'{"title": {"text": {"headline": "T"}}, "events": [{"start_date": {"year": 1}}]}'
		],
		['TimelineJS ids', '{"events": [{"unique_id" : "a"}]}'],
		['a CSV file', 'Year,Month,Day,Headline\n1948,5,14,x'],
		['a JavaScript file', 'var timeline = {"events": []};']
	])('is true for %s', (_, head) => {
		expect(looksImported(head)).toBe(true);
	});
});
