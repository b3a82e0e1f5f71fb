/**
 * The layout a timeline has before its page is measured: the whole timeline at the nominal width.
 * The dataset worker works it out beside the dataset it reads, while the page is still busy
 * hydrating, and posts it as a seed; the page's first layout of that timeline then takes the seed
 * instead of laying out every event again on the main thread.
 */
import type { Timeline } from '../data/types';
import { sameDomain, zoomBounds, type Domain } from '../scale/zoom';
import { GEOMETRY as G } from './geometry';
import { textMeasure, type Measure } from './text';
import {
	layoutEvents,
	type EventLayout,
	type LayoutInput,
	type PlacedEra,
	type PlacedEvent
} from './timeline';
import { windowIndex } from './window-index';

/** Width used before the page is measured (and when prerendering): the timeline inside the desktop content column, so hydration on a wide screen redraws nothing. */
export const NOMINAL_WIDTH = 1150;

/** The canvas's container query in components/timeline.css gives its box the same height before the page is interactive. */
export function timelineHeight(width: number): number {
	return width < 600 ? 400 : 440;
}

/** The measures of the labels, the headlines and the axis: one set per timeline view. */
export function labelMeasures(): {
	measure: Measure;
	headlineMeasure: Measure;
	axisMeasure: Measure;
} {
	return {
		measure: textMeasure(G.labelFontSize),
		headlineMeasure: textMeasure(G.labelFontSize, true),
		axisMeasure: textMeasure(G.axisFontSize)
	};
}

/**
 * The events of the whole timeline at the nominal width, with nothing searched for; the page adds
 * the axis, whose calendar code the worker need not load.
 */
export function firstLayout(
	timeline: Timeline,
	domain: Domain = zoomBounds(timeline.extent).full
): EventLayout {
	return layoutEvents({
		timeline,
		index: windowIndex(timeline.events),
		domain,
		width: NOMINAL_WIDTH,
		height: timelineHeight(NOMINAL_WIDTH),
		...labelMeasures()
	});
}

/** A layout with its events and eras given by their positions in the timeline, so it can be posted. */
export interface LayoutSeed {
	readonly domain: Domain;
	readonly layout: Omit<EventLayout, 'marks' | 'eras'> & {
		readonly marks: readonly (Omit<PlacedEvent, 'event'> & { readonly event: number })[];
		readonly eras: readonly (Omit<PlacedEra, 'era'> & { readonly era: number })[];
	};
}

/** The seed of the first layout, for the page that will show `timeline`. */
export function firstLayoutSeed(timeline: Timeline): LayoutSeed {
	const domain = zoomBounds(timeline.extent).full;
	const layout = firstLayout(timeline, domain);
	return {
		domain,
		layout: {
			...layout,
			marks: layout.marks.map((mark) => ({ ...mark, event: mark.event.index })),
			eras: layout.eras.map((placed) => ({ ...placed, era: timeline.eras.indexOf(placed.era) }))
		}
	};
}

const seeds = new WeakMap<Timeline, LayoutSeed>();

/** Keeps a seed for the timeline the worker read, as the page received it. */
export function plantSeed(timeline: Timeline, seed: LayoutSeed): void {
	seeds.set(timeline, seed);
}

/**
 * The seeded layout of the events for `input`, once, when it is the layout the seed holds: the
 * same timeline and view at the same size, with nothing searched for and no lanes to keep from
 * an earlier frame.
 */
export function takeSeed(input: LayoutInput): EventLayout | undefined {
	const { timeline, domain, width, height } = input;
	const seed = seeds.get(timeline);
	if (!seed || input.matches || input.previousLanes?.size) return undefined;
	const { layout } = seed;
	if (layout.width !== width || layout.height !== height || !sameDomain(seed.domain, domain)) {
		return undefined;
	}
	seeds.delete(timeline);
	return {
		...layout,
		marks: layout.marks.map((mark) => ({ ...mark, event: timeline.events[mark.event]! })),
		eras: layout.eras.map((placed) => ({ ...placed, era: timeline.eras[placed.era]! }))
	};
}
