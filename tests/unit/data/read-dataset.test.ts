import { describe, expect, it } from 'vitest';
import { readDataset, type ReadResult } from '../../../src/lib/data/read-dataset';
import { fixture, rawDataset, rawEvent } from '../../support/dataset';

const URL = 'https://x.test/timelines/t.json';
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const read = (text: string) => readDataset(bytes(text), URL);
const errorsOf = (result: ReadResult) => (result.ok ? [] : result.errors);

describe('readDataset, as the dataset worker runs it', () => {
	it('reads this timeline’s JSON, with no warnings', async () => {
		const result = await read(JSON.stringify(fixture('valid-minimal.json')));
		expect(result.ok && result.timeline.events).toHaveLength(7);
		expect(result.ok && result.warnings).toEqual([]);
	});

	it('reads UTF-8, so titles in any script survive', async () => {
		const data = fixture('valid-minimal.json');
		data.title = 'النكبة · מלחמת העצמאות';
		const result = await read(JSON.stringify(data));
		expect(result.ok && result.timeline.title).toBe('النكبة · מלחמת העצמאות');
	});

	it('passes on the dataset’s own errors with their event and field', async () => {
		const data = fixture('valid-minimal.json');
		data.events[0]!.start = '2014-02-30';
		expect(errorsOf(await read(JSON.stringify(data)))).toEqual([
			'events[0] "six-day-war": start "2014-02-30" is not a valid date'
		]);
	});

	it('reads this timeline’s JSON however it is laid out, and gives TimelineJS fields to the importer', async () => {
		const data = fixture('valid-minimal.json');
		const plain = await read(JSON.stringify(data));
		expect(await read(`\uFEFF\n${JSON.stringify(data, null, 1)}`)).toEqual(plain);
		const mixed = { ...data, events: [{ ...data.events[0], start_date: '1948' }] };
		expect(errorsOf(await read(JSON.stringify(mixed)))).toEqual([
			expect.stringMatching(/^events\[0\]: has no headline/)
		]);
	});

	it('imports TimelineJS JSON and returns its warnings', async () => {
		const result = await read(
			JSON.stringify({
				events: [
					{ start_date: { year: 1969, month: 7, day: 20 }, text: { headline: 'Moon landing' } },
					{ start_date: { year: 'later' }, text: { headline: 'Bad' } }
				]
			})
		);
		expect(result.ok && result.timeline.events.map((e) => e.id)).toEqual(['moon-landing']);
		expect(result.ok && result.warnings[0]).toBe('Left out 1 of 2 events:');
	});

	it('imports a TimelineJS spreadsheet saved as CSV', async () => {
		const result = await read('Year,Month,Day,Headline\n1969,7,20,Moon landing');
		expect(result.ok && result.timeline.events[0]?.start).toBe('1969-07-20');
	});

	it('names the line and column of invalid JSON', async () => {
		expect(errorsOf(await read('{"title": '))).toEqual([
			'the file is not valid JSON: line 1, column 11: a value is expected (is there a comma before a closing bracket?)'
		]);
	});

	it('names an empty file', async () => {
		expect(errorsOf(await read(''))).toEqual(['the file is empty']);
	});

	it('lists the first 50 errors, then how many more', async () => {
		const events = Array.from({ length: 60 }, (_, i) => rawEvent(`e${i}`, '2014-02-30'));
		const errors = errorsOf(await read(JSON.stringify(rawDataset(events))));
		expect(errors).toHaveLength(51);
		expect(errors[49]).toBe('events[49] "e49": start "2014-02-30" is not a valid date');
		expect(errors[50]).toBe('and 10 more');
	});
});
