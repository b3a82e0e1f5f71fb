import { describe, expect, it } from 'vitest';
import dataset from '../../../data/events.json';
import { loadTimeline } from '../../../src/lib/data/validate';
import type { Timeline } from '../../../src/lib/data/types';
import {
	firstLayout,
	firstLayoutSeed,
	labelMeasures,
	NOMINAL_WIDTH,
	plantSeed,
	takeSeed,
	timelineHeight
} from '../../../src/lib/layout/first-layout';
import { layoutTimeline, type LayoutInput } from '../../../src/lib/layout/timeline';
import { windowIndex } from '../../../src/lib/layout/window-index';
import { zoomBounds, type Domain } from '../../../src/lib/scale/zoom';
import { randomDataset } from '../../support/dataset';
import { run } from '../../support/layout';

const shipped = loadTimeline(dataset);
const random = loadTimeline(randomDataset(7, 1000, 1947, 2023));
const HEIGHT = timelineHeight(NOMINAL_WIDTH);

/** The page's own layout of the whole timeline at the nominal width, its axis ticks left out. */
function eventsOf(timeline: Timeline) {
	const full = zoomBounds(timeline.extent).full;
	return { ...run(timeline, full, NOMINAL_WIDTH, HEIGHT).layout, ticks: undefined };
}

/** What the page asks the layout for: a view of `timeline` at a size. */
function ask(
	timeline: Timeline,
	domain: Domain,
	width: number,
	height: number,
	more: Partial<LayoutInput> = {}
): LayoutInput {
	const index = windowIndex(timeline.events);
	return { timeline, index, domain, width, height, ...labelMeasures(), ...more };
}

/** The timeline as the page receives it from the worker: a structured clone, seed alongside. */
function received(timeline = random) {
	const { timeline: copy, seed } = structuredClone({ timeline, seed: firstLayoutSeed(timeline) });
	plantSeed(copy, seed);
	return copy;
}

describe('firstLayout', () => {
	it.each([
		['the shipped dataset', shipped],
		['1,000 random events', random]
	])('is the whole of %s at the nominal width, as the page lays it out', (_, timeline) => {
		expect(firstLayout(timeline)).toEqual(eventsOf(timeline));
	});
});

describe('a seed posted by the worker', () => {
	it.each([
		['the shipped dataset, with eras', shipped],
		['1,000 random events', random]
	])('gives the page the very layout of %s, events and eras its own', (_, timeline) => {
		const copy = received(timeline);
		const full = zoomBounds(copy.extent).full;
		const layout = takeSeed(ask(copy, full, NOMINAL_WIDTH, HEIGHT));
		expect(layout).toEqual(eventsOf(copy));
		expect(layout!.marks.length).toBeGreaterThan(0);
		for (const mark of layout!.marks) expect(copy.events).toContain(mark.event);
		for (const era of layout!.eras) expect(copy.eras).toContain(era.era);
	});

	it("completes the page's layout with its axis, as if the page had laid it all out", () => {
		const copy = received();
		const full = zoomBounds(copy.extent).full;
		const input = ask(copy, full, NOMINAL_WIDTH, HEIGHT);
		expect(layoutTimeline(input, takeSeed(input))).toEqual(layoutTimeline(input));
	});

	it('is taken once', () => {
		const copy = received();
		const full = zoomBounds(copy.extent).full;
		expect(takeSeed(ask(copy, full, NOMINAL_WIDTH, HEIGHT))).toBeDefined();
		expect(takeSeed(ask(copy, full, NOMINAL_WIDTH, HEIGHT))).toBeUndefined();
	});

	it.each([
		['another width', (full: Domain) => [full, 800, timelineHeight(800)] as const],
		['another height', (full: Domain) => [full, NOMINAL_WIDTH, 300] as const],
		[
			'another view',
			(full: Domain) =>
				[[full[0], (full[0] + full[1]) / 2] as Domain, NOMINAL_WIDTH, HEIGHT] as const
		]
	])('is not used for %s, and stays for the view it fits', (_, other) => {
		const copy = received();
		const full = zoomBounds(copy.extent).full;
		const [domain, width, height] = other(full);
		expect(takeSeed(ask(copy, domain, width, height))).toBeUndefined();
		expect(takeSeed(ask(copy, full, NOMINAL_WIDTH, HEIGHT))).toBeDefined();
	});

	it.each([
		['a search', { matches: new Uint8Array(random.events.length) }],
		['lanes kept from an earlier frame', { previousLanes: new Map([['any', 0]]) }]
	])('is not used with %s, and stays for the first view', (_, more) => {
		const copy = received();
		const full = zoomBounds(copy.extent).full;
		expect(takeSeed(ask(copy, full, NOMINAL_WIDTH, HEIGHT, more))).toBeUndefined();
		expect(takeSeed(ask(copy, full, NOMINAL_WIDTH, HEIGHT))).toBeDefined();
	});

	it('belongs to the timeline it came with, not to an equal one', () => {
		received();
		const other = structuredClone(random);
		const full = zoomBounds(other.extent).full;
		expect(takeSeed(ask(other, full, NOMINAL_WIDTH, HEIGHT))).toBeUndefined();
	});
});
