import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/lib/data/validate';
import { beyond, focusDomain, neighbour } from '../../../src/lib/story/walk';
import { rawDataset, rawEvent } from '../../support/dataset';

const { events } = loadTimeline(
	rawDataset([
		rawEvent('c', '2013-07-29'),
		rawEvent('a', '1947-11-29'),
		rawEvent('b', '1967-06-05'),
		rawEvent('d', '2023-09-05')
	])
);
const byId = (id: string) => events.find((event) => event.id === id);
const id = (event: { id: string } | null) => event?.id ?? null;

describe('neighbour', () => {
	it.each<[string, string | undefined, 1 | -1, number[] | null, string | null]>([
		['next in time, not in file order', 'a', 1, null, 'b'],
		['previous in time', 'c', -1, null, 'b'],
		['nothing after the last', 'd', 1, null, null],
		['nothing before the first', 'a', -1, null, null],
		['forward from nothing opens the first', undefined, 1, null, 'a'],
		['back from nothing opens the last', undefined, -1, null, 'd'],
		['skips events the filters hide', 'a', 1, [1, 0, 0, 1], 'd'],
		['back, skipping hidden events', 'd', -1, [1, 0, 1, 1], 'c'],
		['nothing when no other event matches', 'b', 1, [0, 1, 0, 0], null]
	])('%s', (_, from, direction, matches, expected) => {
		const mask = matches ? Uint8Array.from(matches) : null;
		expect(id(neighbour(events, mask, from ? byId(from) : undefined, direction))).toBe(expected);
	});
});

describe('beyond', () => {
	const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
	const ranged = loadTimeline(
		rawDataset([
			rawEvent('before', '1950'),
			rawEvent('long', '1960', { end: '1990' }),
			rawEvent('inside', '1975'),
			rawEvent('edge', '1980-01-01'),
			rawEvent('after', '1985')
		])
	).events;
	const view = [at('1970-01-01'), at('1980-01-01')] as const;
	it.each<[string, 1 | -1, number[] | null, string | null]>([
		['forward: the first event starting at or after the end of the view', 1, null, 'edge'],
		['forward, skipping events the filters hide', 1, [1, 1, 1, 0, 1], 'after'],
		['back: an event still running in the view is not before it', -1, null, 'before'],
		['back, nothing left once the filters hide it', -1, [0, 1, 1, 1, 1], null],
		['forward, nothing past the last match', 1, [1, 1, 1, 0, 0], null]
	])('%s', (_, direction, matches, expected) => {
		const mask = matches ? Uint8Array.from(matches) : null;
		expect(id(beyond(ranged, mask, view, direction))).toBe(expected);
	});
});

describe('focusDomain', () => {
	const YEAR = 365.25 * 86_400_000;
	const day = Date.UTC(2013, 6, 29);
	const point = { t0: day, t1: day + 86_400_000 };

	it('keeps a view that already shows the event well inside, at a readable scale', () => {
		const current = [day - YEAR, day + YEAR] as const;
		expect(focusDomain(point, current)).toBe(current);
	});

	it('centres a two-year view on a day far outside the view', () => {
		const [a, b] = focusDomain(point, [Date.UTC(1947, 0), Date.UTC(1950, 0)]);
		expect(b - a).toBeCloseTo(2 * YEAR);
		expect((a + b) / 2).toBeCloseTo(day + 43_200_000);
	});

	it('zooms in on an event lost in the whole timeline', () => {
		const [a, b] = focusDomain(point, [Date.UTC(1945, 0), Date.UTC(2025, 0)]);
		expect(b - a).toBeCloseTo(2 * YEAR);
	});

	it('gives a long event three times its length', () => {
		const range = { t0: Date.UTC(1987, 11), t1: Date.UTC(1993, 8) };
		const [a, b] = focusDomain(range, [Date.UTC(2000, 0), Date.UTC(2001, 0)]);
		expect(b - a).toBe(3 * (range.t1 - range.t0));
	});

	it('moves the view when the event sits at its very edge', () => {
		const current = [day - 0.01 * YEAR, day + 2 * YEAR] as const;
		expect(focusDomain(point, current)).not.toBe(current);
	});
});
