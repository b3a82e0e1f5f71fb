import { describe, expect, it } from 'vitest';
import dataset from '../../../data/events.json';
import { importDataset } from '../../../src/lib/data/formats/import-dataset';
import { loadTimeline, validateDataset } from '../../../src/lib/data/validate';
import { CSV_COLUMNS, eventsToCsv, eventsToDataset } from '../../../src/lib/export/csv';
import { rawDataset, rawEvent } from '../../support/dataset';

describe('eventsToCsv', () => {
	const timeline = loadTimeline(
		rawDataset([
			rawEvent('quoted', '1993-09-13', {
				title: 'Oslo I, "Declaration of Principles"',
				summary: 'Signed in Washington,\nwith a handshake.'
			}),
			rawEvent('plain', '2014', { actors: undefined })
		])
	);

	it('writes a header and one row per event, quoting commas, quotes and line breaks', () => {
		const csv = eventsToCsv(timeline, timeline.events);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(CSV_COLUMNS.join(','));
		expect(csv).toContain('"Oslo I, ""Declaration of Principles"""');
		expect(csv).toContain('"Signed in Washington,\nwith a handshake."');
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(lines.filter((line) => /^(quoted|plain),/.test(line))).toHaveLength(2);
	});
});

describe('a CSV export read back by the importer', () => {
	it('gives the same events, dates, titles and sources', () => {
		const timeline = loadTimeline(dataset);
		const chosen = timeline.events.filter((event) => event.category === 'agreement');
		const result = importDataset(new TextEncoder().encode(eventsToCsv(timeline, chosen)), {});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const events = result.dataset.events;
		expect(events.map((e) => [e.id, e.start, e.end, e.title])).toEqual(
			chosen.map((e) => [e.id, e.start, e.end, e.title])
		);
		expect(events.map((e) => e.sources?.length)).toEqual(chosen.map((e) => e.sources?.length));
	});
});

describe('eventsToDataset', () => {
	const timeline = loadTimeline(dataset);

	it('gives a valid dataset of the chosen events, without dangling references', () => {
		const chosen = timeline.events.filter((event) => event.category === 'agreement');
		const result = validateDataset(eventsToDataset(timeline, chosen));
		expect(result.ok ? [] : result.errors).toEqual([]);
		expect(result.ok && result.timeline.events.map((e) => e.id)).toEqual(chosen.map((e) => e.id));
	});

	it('keeps every story when every event is kept', () => {
		const out = eventsToDataset(timeline, timeline.events) as { stories: unknown[] };
		expect(out.stories).toHaveLength(timeline.stories.length);
	});
});
