import { describe, expect, it } from 'vitest';
import dataset from '../../../data/events.json';
import { validateDataset } from '../../../src/lib/data/validate';
import { parsePartialDate } from '../../../src/lib/time/partial-date';
import { comparePartialDates } from '../../../src/lib/time/span';

/** The shipped dataset, checked as an editor left it in data/events.json. */
const events = dataset.events as readonly {
	id: string;
	start: string;
	end?: string;
	title: string;
	summary: string;
	category?: string;
	actors?: string[];
	sources?: { url: string }[];
}[];

const text = (event: (typeof events)[number]) => `${event.title} ${event.summary}`;
const on = (start: string) => events.filter((event) => event.start === start);

describe('data/events.json', () => {
	it('validates without a single error', () => {
		const result = validateDataset(dataset);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('has unique event ids, so links to events are unambiguous', () => {
		const ids = events.map((event) => event.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('keeps its events in order of start, so the file reads chronologically', () => {
		const outOfOrder = events.filter(
			(event, i) =>
				i > 0 &&
				comparePartialDates(parsePartialDate(events[i - 1]!.start), parsePartialDate(event.start)) >
					0
		);
		expect(outOfOrder.map((event) => `${event.id} (${event.start})`)).toEqual([]);
	});

	// The format lets imported timelines leave sources out; the default dataset never does.
	it('cites an https: source for every event', () => {
		const unsourced = events.filter(
			(event) => !(event.sources ?? []).some((source) => new URL(source.url).protocol === 'https:')
		);
		expect(unsourced.map((event) => event.id)).toEqual([]);
	});

	it('refers only to categories and actors it defines', () => {
		const categories = new Set(dataset.categories.map((category) => category.id));
		const actors = new Set(dataset.actors.map((actor) => actor.id));
		const dangling = events.flatMap((event) => [
			...(event.category && !categories.has(event.category)
				? [`${event.id}: ${event.category}`]
				: []),
			...(event.actors ?? []).filter((a) => !actors.has(a)).map((a) => `${event.id}: ${a}`)
		]);
		expect(dangling).toEqual([]);
	});
});

describe('the client’s anchor moments', () => {
	it('29 November 1947: the UN partition plan, Resolution 181', () => {
		const matches = on('1947-11-29').filter(
			(event) => /partition/i.test(text(event)) && /Resolution 181\b/.test(text(event))
		);
		expect(matches.map((event) => event.id)).toEqual(['un-partition-plan-resolution-181']);
	});

	it('July 2013 to April 2014: US-led talks resume', () => {
		const matches = events.filter(
			(event) =>
				event.start.startsWith('2013-07') &&
				/\bUS\b|United States/.test(text(event)) &&
				/talks/i.test(event.title) &&
				/resum/i.test(text(event))
		);
		expect(matches.map((event) => event.end)).toEqual(['2014-04']);
	});

	it('23 April 2014: the Fatah–Hamas agreement', () => {
		const matches = on('2014-04-23').filter(
			(event) =>
				/Fatah/.test(event.title) && /Hamas/.test(event.title) && /agreement/i.test(text(event))
		);
		expect(matches).toHaveLength(1);
	});

	it('2 June 2014: the unity government', () => {
		const matches = on('2014-06-02').filter((event) => /unity government/i.test(text(event)));
		expect(matches).toHaveLength(1);
	});

	it('5 September 2023: exactly two events, one naming Netanyahu and one naming Abbas', () => {
		const day = on('2023-09-05');
		expect(day).toHaveLength(2);
		expect(day.filter((event) => /Netanyahu/.test(event.title))).toHaveLength(1);
		expect(day.filter((event) => /Abbas/.test(event.title))).toHaveLength(1);
		expect(
			day.filter((event) => /Netanyahu/.test(event.title) && /Abbas/.test(event.title))
		).toEqual([]);
	});
});
