import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/data/types';
import {
	focusMap,
	locate,
	rovingItem,
	step,
	type FocusItem,
	type FocusKey,
	type Move
} from '../../../src/lib/layout/focus-order';
import type { TimelineLayout } from '../../../src/lib/layout/timeline';

/** One pixel is one millisecond: the view is [0, 1000] on a 1,000-px canvas. */
const DOMAIN = [0, 1000] as const;

const event = (id: string, t0: number, t1 = t0 + 1) => ({ id, t0, t1 }) as TimelineEvent;

/**
 * A view with three lanes and one era row. Lane 2 (top) holds "high", lane 0 (nearest the axis)
 * holds a, b and a dimmed d; "+3" folds x and y between b and c; c is in lane 1.
 */
const EVENTS = {
	a: event('a', 100),
	b: event('b', 300),
	c: event('c', 700),
	d: event('d', 800),
	high: event('high', 500),
	x: event('x', 540, 560),
	y: event('y', 580)
};

function mark(e: TimelineEvent, lane: number, dimmed = false) {
	return { event: e, lane, x: e.t0, xEnd: e.t0, dimmed };
}

const LAYOUT = {
	width: 1000,
	eraRows: 1,
	laneCount: 3,
	marks: [
		mark(EVENTS.a, 0),
		mark(EVENTS.b, 0),
		mark(EVENTS.high, 2),
		mark(EVENTS.c, 1),
		mark(EVENTS.d, 0, true)
	],
	clusters: [{ id: 'x', x: 560, width: 30, t0: 540, t1: 581, count: 3, label: '+3' }],
	eras: [
		{ era: { id: 'early', t0: 0, t1: 400 }, x0: 0, x1: 400, label: 'Early', row: 0 },
		{ era: { id: 'late', t0: 400, t1: 1000 }, x0: 400, x1: 1000, label: 'Late', row: 0 },
		{ era: { id: 'hidden', t0: 900, t1: 910 }, x0: 900, x1: 910, label: '', row: 0 }
	]
} as unknown as TimelineLayout;

const map = focusMap(LAYOUT, DOMAIN);
const name = (item: FocusItem | 'beyond' | null | undefined) =>
	item === 'beyond' || item === null || item === undefined ? item : `${item.kind}:${item.id}`;
const key = (text: string): FocusKey => {
	const [kind, id] = text.split(':') as [FocusKey['kind'], string];
	return { kind, id };
};

describe('focusMap', () => {
	it('orders events and clusters in time, then eras with labels, left to right', () => {
		expect(map.items.map(name)).toEqual([
			'event:a',
			'event:b',
			'event:high',
			'cluster:x',
			'event:c',
			'event:d',
			'era:early',
			'era:late'
		]);
	});

	it('numbers rows from the era labels down through the lanes to the clusters', () => {
		const rows = Object.fromEntries(map.items.map((item) => [name(item), item.row]));
		expect(rows).toMatchObject({ 'era:early': 0, 'event:high': 1, 'event:c': 2, 'event:a': 3 });
		expect(rows['cluster:x']).toBe(4);
	});
});

describe('locate', () => {
	it.each<[string, string, TimelineEvent | undefined, string | undefined]>([
		['a drawn event is itself', 'event:b', undefined, 'event:b'],
		['an event folded into a cluster is the cluster', 'event:y', EVENTS.y, 'cluster:x'],
		['a folded event without its data cannot be placed', 'event:y', undefined, undefined],
		['an event out of view is nowhere', 'event:late', event('late', 2000), undefined],
		['a cluster that split is its first event', 'cluster:b', undefined, 'event:b'],
		['an era without a label is nowhere', 'era:hidden', undefined, undefined]
	])('%s', (_, from, data, expected) => {
		expect(name(locate(map, key(from), data))).toBe(expected);
	});
});

describe('rovingItem', () => {
	it.each<[string, string | null, TimelineEvent | undefined, string | undefined]>([
		['nothing focused yet: the first event in time', null, undefined, 'event:a'],
		['the item last focused', 'event:c', undefined, 'event:c'],
		['a folded event: its cluster', 'event:y', EVENTS.y, 'cluster:x'],
		['an event left of the view: the first item', 'event:old', event('old', -50), 'event:a'],
		[
			'an event right of the view: the last reachable item',
			'event:new',
			event('new', 1500),
			'event:c'
		]
	])('%s', (_, active, data, expected) => {
		expect(name(rovingItem(map, active ? key(active) : null, data))).toBe(expected);
	});

	it('is the first era when only eras are drawn, and nothing when nothing is', () => {
		const eras = focusMap({ ...LAYOUT, marks: [], clusters: [] }, DOMAIN);
		expect(name(rovingItem(eras, null))).toBe('era:early');
		const empty = focusMap({ ...LAYOUT, marks: [], clusters: [], eras: [] }, DOMAIN);
		expect(rovingItem(empty, null)).toBeUndefined();
	});
});

describe('step', () => {
	const at = (text: string) => locate(map, key(text));
	it.each<[string, string | null, Move, string | 'beyond' | null]>([
		['→ goes to the next event in time, whatever its lane', 'event:b', 'next', 'event:high'],
		['→ reaches a cluster in its place in time', 'event:high', 'next', 'cluster:x'],
		['← goes back in time', 'event:c', 'previous', 'cluster:x'],
		['→ passes over dimmed marks and leaves the view', 'event:c', 'next', 'beyond'],
		['← from the first item leaves the view', 'event:a', 'previous', 'beyond'],
		['→ with nothing focused starts at the first item', null, 'next', 'event:a'],
		['← with nothing focused starts at the last reachable item', null, 'previous', 'event:c'],
		['→ from an era goes to the next era', 'era:early', 'next', 'era:late'],
		['→ from the last era stays', 'era:late', 'next', null],
		['↑ goes to the nearest item in the lane above', 'event:c', 'up', 'event:high'],
		[
			'↑ skips empty rows and lands on the nearest in the row it reaches',
			'event:a',
			'up',
			'event:c'
		],
		['↑ from the top lane reaches the era labels', 'event:high', 'up', 'era:late'],
		['↑ from the era labels stays', 'era:early', 'up', null],
		['↓ from the lowest lane reaches the clusters', 'event:b', 'down', 'cluster:x'],
		['↓ from the clusters stays', 'cluster:x', 'down', null],
		[
			'↓ from an era goes to the next row down, whatever the distance',
			'era:early',
			'down',
			'event:high'
		],
		['↑ or ↓ with nothing focused does nothing', null, 'up', null]
	])('%s', (_, from, move, expected) => {
		expect(name(step(map, from ? at(from) : undefined, move))).toBe(expected);
	});

	it('moves from a dimmed mark that has focus', () => {
		expect(name(step(map, at('event:d'), 'previous'))).toBe('event:c');
	});
});
