import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/lib/data/validate';
import { groupByEraAndYear } from '../../../src/lib/list/group-events';
import { rawDataset, rawEvent } from '../../support/dataset';

const era = (id: string, start: string, end: string) => ({ id, title: `Era ${id}`, start, end });

/** Groups as "era: year [ids] year [ids]" lines, the shape a reader sees. */
function outline(
	events: ReturnType<typeof rawEvent>[],
	eras: ReturnType<typeof era>[] = []
): string[] {
	const timeline = loadTimeline(rawDataset(events, { eras }));
	return groupByEraAndYear(timeline.events, timeline.eras).map(
		(group) =>
			`${group.era?.id ?? '-'}: ` +
			group.years
				.map((year) => `${year.year} [${year.events.map((e) => e.id).join(' ')}]`)
				.join(' ')
	);
}

describe('groupByEraAndYear', () => {
	it('returns no groups for an empty view', () => {
		expect(groupByEraAndYear([], [])).toEqual([]);
	});

	it('puts every event in one unnamed group by year when the dataset has no eras', () => {
		expect(
			outline([rawEvent('b', '1967-06-05'), rawEvent('a', '1948'), rawEvent('c', '1967')])
		).toEqual(['-: 1948 [a] 1967 [c b]']);
	});

	it('groups by era, with events between eras in unnamed groups, in time order', () => {
		expect(
			outline(
				[
					rawEvent('before', '1940'),
					rawEvent('in1', '1948-05-14'),
					rawEvent('in2', '1949-03'),
					rawEvent('gap', '1956'),
					rawEvent('in3', '1967-06-05')
				],
				[era('war', '1947-11-29', '1949-07-20'), era('six-day', '1967-06-05', '1967-06-10')]
			)
		).toEqual([
			'-: 1940 [before]',
			'war: 1948 [in1] 1949 [in2]',
			'-: 1956 [gap]',
			'six-day: 1967 [in3]'
		]);
	});

	it('gives an event in a nested era to the inner era, and resumes the outer one after it', () => {
		expect(
			outline(
				[rawEvent('a', '2008'), rawEvent('b', '2013-08'), rawEvent('c', '2014-05')],
				[era('outer', '2007-06', '2014-06'), era('inner', '2013-07', '2014-04')]
			)
		).toEqual(['outer: 2008 [a]', 'inner: 2013 [b]', 'outer: 2014 [c]']);
	});

	it('gives an event on the day one era ends and the next begins to the one beginning', () => {
		expect(
			outline(
				[rawEvent('before', '1993-09-12'), rawEvent('oslo', '1993-09-13')],
				[era('first', '1987-12-09', '1993-09-13'), era('oslo-years', '1993-09-13', '2000-09-28')]
			)
		).toEqual(['first: 1993 [before]', 'oslo-years: 1993 [oslo]']);
	});

	it('groups BCE events by their own year', () => {
		expect(outline([rawEvent('caesar', '-0043-03-15'), rawEvent('later', '-0043')])).toEqual([
			'-: -43 [later caesar]'
		]);
	});
});
