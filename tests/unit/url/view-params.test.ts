import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '../../../src/lib/filter/query';
import {
	readViewParams,
	viewSearch,
	writeViewParams,
	type ViewState
} from '../../../src/lib/url/view-params';

const full = [Date.UTC(1945, 0, 1), Date.UTC(2025, 11, 31)] as const;

function write(
	domain: readonly [number, number],
	event: string | null = null,
	search = ''
): string {
	return writeViewParams(new URLSearchParams(search), { domain, full, event }).toString();
}

describe('writeViewParams', () => {
	it.each([
		['the whole timeline is the bare address', full, null, ''],
		[
			'within a day of the full view still counts as full',
			[full[0] + 3_600_000, full[1]] as const,
			null,
			''
		],
		[
			'a wide view is written to the day',
			[Date.UTC(2013, 6, 1), Date.UTC(2014, 3, 30)] as const,
			null,
			'from=2013-07-01&to=2014-04-30'
		],
		[
			'a narrow view is written to the minute',
			[Date.UTC(2023, 8, 2, 1, 50), Date.UTC(2023, 8, 6, 5, 30)] as const,
			null,
			'from=2023-09-02T01%3A50Z&to=2023-09-06T05%3A30Z'
		],
		['an open event is kept', full, 'oslo-ii', 'event=oslo-ii']
	])('%s', (_, domain, event, expected) => {
		expect(write(domain, event)).toBe(expected);
	});

	it('keeps parameters it does not own, such as src', () => {
		expect(write(full, 'a', 'src=https%3A%2F%2Fexample.org%2Fd.json')).toBe(
			'src=https%3A%2F%2Fexample.org%2Fd.json&event=a'
		);
	});

	it('removes a view and an event that are back to their defaults', () => {
		expect(write(full, null, 'from=2013-07-01&to=2014-04-30&event=x')).toBe('');
	});
});

describe('readViewParams', () => {
	it('round-trips a written day-precision view', () => {
		const domain = [Date.UTC(2013, 6, 1), Date.UTC(2014, 3, 30)] as const;
		expect(readViewParams(new URLSearchParams(write(domain, 'x')))).toEqual({
			domain,
			event: 'x',
			query: EMPTY_QUERY
		});
	});

	it('round-trips a minute-precision view', () => {
		const domain = [Date.UTC(2023, 8, 2, 1, 50), Date.UTC(2023, 8, 6, 5, 30)] as const;
		expect(readViewParams(new URLSearchParams(write(domain))).domain).toEqual(domain);
	});

	it.each([
		['missing to', 'from=2013-07-01', { from: '2013-07-01', to: '' }],
		['missing from', 'to=2013-07-01', { from: '', to: '2013-07-01' }],
		['reversed span', 'from=2014-01-01&to=2013-01-01', { from: '2014-01-01', to: '2013-01-01' }],
		['not a date', 'from=yesterday&to=today', { from: 'yesterday', to: 'today' }],
		['empty values', 'from=&to=', { from: '', to: '' }],
		['30 February', 'from=2013-02-30&to=2014-01-01', { from: '2013-02-30', to: '2014-01-01' }],
		[
			'hour 25',
			'from=2013-02-01T25:00Z&to=2014-01-01',
			{ from: '2013-02-01T25:00Z', to: '2014-01-01' }
		],
		['impossible month', 'from=2013-13-01&to=2014-01-01', { from: '2013-13-01', to: '2014-01-01' }]
	])('ignores a view with %s and names it as unreadable', (_, search, unreadable) => {
		const params = readViewParams(new URLSearchParams(search));
		expect(params.domain).toBeUndefined();
		expect(params.unreadable).toEqual(unreadable);
	});

	it('reads years 0–99 as themselves, not as 1900–1999', () => {
		const first = new Date(0).setUTCFullYear(99, 2, 1);
		const second = new Date(0).setUTCFullYear(99, 5, 1);
		expect(readViewParams('?from=0099-03-01&to=0099-06-01').domain).toEqual([first, second]);
	});

	it('reads a view in the order it is written, whatever the order of the address', () => {
		expect(
			viewSearch('?event=e&to=2014-04-30&src=x&from=2013-07-01', {
				domain: [Date.UTC(2013, 6, 1), Date.UTC(2014, 3, 30)],
				full,
				event: 'e'
			})
		).toBe('?src=x&from=2013-07-01&to=2014-04-30&event=e');
	});

	it('reports nothing unreadable when the address has no view', () => {
		expect(readViewParams('?event=x')).toEqual({ event: 'x', query: EMPTY_QUERY });
	});
});

describe('viewSearch', () => {
	it('gives an empty query for the default view, so the address is bare', () => {
		expect(viewSearch('?from=2013-07-01&to=2014-04-30', { domain: full, full, event: null })).toBe(
			''
		);
	});

	it('reads back what it writes from a query string with its "?"', () => {
		const domain = [Date.UTC(2013, 6, 1), Date.UTC(2014, 3, 30)] as const;
		const search = viewSearch('?src=x', { domain, full, event: 'e' });
		expect(search).toBe('?src=x&from=2013-07-01&to=2014-04-30&event=e');
		expect(readViewParams(search)).toEqual({ domain, event: 'e', query: EMPTY_QUERY });
	});

	it('gives back an address that already says the view as it was spelled', () => {
		const view = { domain: full, full, event: null };
		expect(viewSearch('?src=/data/a.json', view)).toBe('?src=/data/a.json');
		expect(viewSearch('?src=https://example.org/a.json?x=1%262', view)).toBe(
			'?src=https://example.org/a.json?x=1%262'
		);
		expect(viewSearch('?src=/data/a.json&event=e', view)).toBe('?src=%2Fdata%2Fa.json');
		expect(viewSearch('?event=e&src=x', { ...view, event: 'e' })).toBe('?src=x&event=e');
	});
});

describe('search, filters and stories in the address', () => {
	const talks = [Date.UTC(2013, 6, 1), Date.UTC(2014, 3, 30)] as const;
	it.each<[string, Partial<ViewState>, string]>([
		[
			'a search',
			{ query: { ...EMPTY_QUERY, q: 'Ḥudaybiyya treaty' } },
			'q=%E1%B8%A4udaybiyya+treaty'
		],
		['a blank search is left out', { query: { ...EMPTY_QUERY, q: '  ' } }, ''],
		['two categories', { query: { ...EMPTY_QUERY, category: ['war', 'un'] } }, 'category=war%2Cun'],
		[
			'an actor and a topic',
			{ query: { ...EMPTY_QUERY, actor: ['kerry'], topic: ['borders'] } },
			'actor=kerry&topic=borders'
		],
		['a story at its first step', { story: 'talks', step: 0 }, 'story=talks'],
		[
			'a story at its third step',
			{ story: 'talks', step: 2, event: 'e' },
			'story=talks&step=3&event=e'
		],
		[
			'everything, in one order',
			{
				domain: talks,
				query: { q: 'x', category: ['war'], actor: ['a'], topic: ['t'] },
				story: 's',
				step: 1,
				event: 'e'
			},
			'from=2013-07-01&to=2014-04-30&q=x&category=war&actor=a&topic=t&story=s&step=2&event=e'
		]
	])('%s', (_, view, expected) => {
		const state: ViewState = { domain: full, full, event: null, ...view };
		const written = writeViewParams(new URLSearchParams(), state);
		expect(written.toString()).toBe(expected);
		const read = readViewParams(written);
		expect(read.query).toEqual({
			...EMPTY_QUERY,
			...state.query,
			q: state.query?.q.trim() ? state.query.q : ''
		});
		expect(read.story).toBe(state.story);
		expect(read.step).toBe(state.story ? state.step : undefined);
		expect(read.event).toBe(state.event ?? undefined);
	});

	it.each([
		['a step that is not a number', 'story=s&step=x', 0],
		['step 0', 'story=s&step=0', 0],
		['a fractional step', 'story=s&step=1.5', 0],
		['no step', 'story=s', 0],
		['step 4', 'story=s&step=4', 3]
	])('reads %s', (_, search, step) => {
		expect(readViewParams(search).step).toBe(step);
	});

	it('drops empty and repeated facet values', () => {
		expect(readViewParams('category=war,,war,un,').query.category).toEqual(['war', 'un']);
	});
});
