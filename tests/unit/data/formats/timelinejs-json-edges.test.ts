import { describe, expect, it } from 'vitest';
import { datasetOf, errorsOf, importJson, problemsOf } from '../../../support/import';

const slide = (headline: string, fields: Record<string, unknown> = {}) => ({
	start_date: { year: 1969 },
	text: { headline },
	...fields
});
const timeline = (...events: unknown[]) => ({ events });

describe('TimelineJS JSON: edge cases', () => {
	it('joins a start and an end display_date', () => {
		const result = importJson(
			timeline(
				slide('Long', {
					start_date: { year: 1975, display_date: 'Summer 1975' },
					end_date: { year: 1976, display_date: '<b>Spring</b> 1976' }
				})
			)
		);
		expect(datasetOf(result).events[0]?.displayDate).toBe('Summer 1975 – Spring 1976');
	});

	it('reads a slide typed "title" among the events as the title slide', () => {
		const result = importJson(timeline({ type: 'title', text: { headline: 'Named' } }, slide('A')));
		expect(datasetOf(result)).toMatchObject({ title: 'Named', events: [{ id: 'a' }] });
	});

	it('reads a slide typed "era" among the events as an era', () => {
		const era = { type: 'era', ...slide('Sixties'), end_date: { year: 1970 } };
		const result = importJson(timeline(slide('A'), era));
		expect(datasetOf(result).eras).toEqual([
			{ id: 'sixties', title: 'Sixties', start: '1969', end: '1970' }
		]);
	});

	it('titles a timeline without a title slide by the file’s name', () => {
		const result = importJson(timeline(slide('A')), {
			baseUrl: 'https://x.test/files/moon%20race.json?v=2'
		});
		expect(datasetOf(result).title).toBe('moon race');
	});

	it('gives ids to events whose headlines have no Latin letters, and keeps their text', () => {
		const result = importJson(
			timeline(
				slide('النكبة', { text: { headline: 'النكبة', text: 'ماذا حدث؟ نزح السكان.' } }),
				slide('מלחמת העצמאות')
			)
		);
		expect(datasetOf(result).events).toMatchObject([
			{ id: 'event', title: 'النكبة', summary: 'ماذا حدث؟ نزح السكان.' },
			{ id: 'event-2', title: 'מלחמת העצמאות' }
		]);
	});

	it('reads a number where a spreadsheet export left one: a headline, a unique_id', () => {
		const result = importJson(timeline({ ...slide('x'), text: { headline: 1984 }, unique_id: 7 }));
		expect(datasetOf(result).events[0]).toMatchObject({ id: '7', title: '1984' });
	});

	it('replaces a unique_id that makes no slug, and says so', () => {
		const result = importJson(timeline(slide('Exodus', { unique_id: 'יציאה' })));
		expect(datasetOf(result).events[0]?.id).toBe('exodus');
		expect(problemsOf(result)).toEqual([
			'1 id was not a slug (lowercase letters, digits and hyphens) and was rewritten: "יציאה" → "exodus"'
		]);
	});

	it('gives two groups whose names make the same slug two categories', () => {
		const result = importJson(
			timeline(slide('A', { group: 'War & peace' }), slide('B', { group: 'War, peace' }))
		);
		expect(datasetOf(result).categories).toEqual([
			{ id: 'war-peace', label: 'War & peace' },
			{ id: 'war-peace-2', label: 'War, peace' }
		]);
	});

	it('leaves out an image with a relative address when there is no dataset address', () => {
		const result = importJson(timeline(slide('A', { media: { url: 'img/a.png' } })));
		expect(datasetOf(result).events[0]?.media).toBeUndefined();
		expect(problemsOf(result)).toContain(
			'1 media item had a relative address and no dataset address to resolve it against, and was left out (convert with --base): "img/a.png"'
		);
	});

	it('refuses the file, listing every event’s problem, when no event can be imported', () => {
		const result = importJson(
			timeline(
				{ start_date: { year: 'soon' }, text: { headline: 'A' } },
				{ text: { headline: 'B' } }
			)
		);
		expect(errorsOf(result)).toEqual([
			'events[0]: start_date.year "soon" is not a whole number (write the year in digits; -500 is 500 BCE)',
			'events[1]: start_date is missing (every event needs a start year)'
		]);
	});

	it('refuses a file with no events', () => {
		expect(errorsOf(importJson({ title: { text: { headline: 'Empty' } }, events: [] }))).toEqual([
			'the file has no events'
		]);
	});

	it('names an event that is not an object', () => {
		const result = importJson(timeline(slide('A'), 'B'));
		expect(problemsOf(result)).toContain(
			'events[1]: is not an object (each event is an object with a start_date and text)'
		);
	});
});
