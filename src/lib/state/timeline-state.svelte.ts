/* eslint-disable svelte/prefer-svelte-reactivity -- every Map here is built whole inside $derived or kept as a non-reactive hint, never mutated in place, so per-key reactivity would only add cost. */
import type { Ignored } from './notice';
import type { ViewState } from '../url/view-params';
import { UNCATEGORISED_COLOUR } from '../data/palette';
import { localise, type Reader } from '../data/localise';
import { UNCATEGORISED_SHAPE, type Shape } from '../data/shapes';
import type { Timeline, TimelineEvent } from '../data/types';
import { labelMeasures, NOMINAL_WIDTH, takeSeed, timelineHeight } from '../layout/first-layout';
import { layoutTimeline } from '../layout/timeline';
import { windowIndex } from '../layout/window-index';
import {
	clampDomain,
	fitDomain,
	panBy,
	sameDomain,
	span,
	zoomAround,
	zoomBounds,
	type Domain
} from '../scale/zoom';
import { focusDomain } from '../story/walk';
import { FilterState } from './filter-state.svelte';
import { FocusState } from './focus-state.svelte';
import { SETTLE_MS } from './settle';
import { StoryState } from './story-state.svelte';

/** Width of the phone layout prerendered for first paint: a 390-px phone's content column. */
export const NARROW_WIDTH = 364;
/** Step of the zoom buttons and the + / - keys. */
export const ZOOM_STEP = 2;
const ANIMATION_MS = 250;

/**
 * Cubic ease-out, as d3-ease's easeCubicOut: quick at first, settling gently. Written out because
 * d3-interpolate and d3-ease come as single modules whose other exports bring d3-color along.
 */
const easeOut = (t: number) => 1 - (1 - t) ** 3;
/** From `a` to `b` as `t` goes from 0 to 1, reaching `b` exactly. */
const between = (a: number, b: number, t: number) => a * (1 - t) + b * t;

/** The least height that still holds the axis, the clusters' row and a lane of events. */
export const MIN_CANVAS_HEIGHT = 160;

/**
 * The view of one timeline: which span is shown, at what size, and which event is selected.
 * Layout is derived from those, so gestures, buttons, keys and the URL all go through the same
 * few methods.
 */
export class TimelineState {
	/** The dataset as loaded, in its own language: what exports write. */
	source: Timeline = $state.raw() as Timeline;
	/** The reader, as the page knows them once it runs: English until then. */
	reader: () => Reader = () => ({ locale: 'en', tag: 'en' });
	/** The dataset as the reader sees it, in their language where it is translated. */
	readonly timeline: Timeline = $derived(localise(this.source, this.reader()));
	width = $state(NOMINAL_WIDTH);
	/**
	 * The height the canvas's container gives it, as in an embed of fixed height; null when the
	 * height follows the width.
	 */
	givenHeight: number | null = $state(null);
	selectedId: string | null = $state(null);
	/** A short message for the reader about what the address asked for but could not be shown. */
	notice: readonly Ignored[] = $state.raw([]);
	#domain: Domain = $state.raw([0, 1]);
	/**
	 * The view once zooming and panning pause for a moment: what slower readers of the view (the
	 * event list) follow, so a gesture redraws only the timeline itself.
	 */
	settledDomain: Domain = $state.raw([0, 1]);
	#settleTimer: ReturnType<typeof setTimeout> | undefined;

	get domain(): Domain {
		return this.#domain;
	}

	set domain(domain: Domain) {
		// The same view again (as the address gives it on arrival) would lay everything out anew.
		if (sameDomain(domain, this.#domain)) return;
		this.#domain = domain;
		clearTimeout(this.#settleTimer);
		if (typeof window === 'undefined') this.settledDomain = domain;
		else this.#settleTimer = setTimeout(() => (this.settledDomain = this.#domain), SETTLE_MS);
	}

	readonly filter = new FilterState(() => this.timeline);
	readonly story = new StoryState(this);
	readonly keyFocus = new FocusState(this);
	/** Events shown as a list grouped by era and year instead of drawn. */
	listView = $state(false);

	readonly index = $derived(windowIndex(this.timeline.events));
	readonly bounds = $derived(zoomBounds(this.timeline.extent));
	readonly height = $derived(
		this.givenHeight === null
			? timelineHeight(this.width)
			: Math.max(this.givenHeight, MIN_CANVAS_HEIGHT)
	);
	readonly byId = $derived(new Map(this.timeline.events.map((event) => [event.id, event])));
	readonly colours = $derived(
		new Map(this.timeline.categories.map((category) => [category.id, category.color]))
	);
	readonly shapes = $derived(
		new Map(this.timeline.categories.map((category) => [category.id, category.shape]))
	);
	/** The events in the settled view that match the settled search: what the lists show. */
	readonly settledEvents = $derived(
		this.index
			.query(this.settledDomain[0], this.settledDomain[1])
			.filter((event) => this.filter.includesSettled(event.index))
	);
	readonly selected: TimelineEvent | undefined = $derived(
		this.selectedId === null ? undefined : this.byId.get(this.selectedId)
	);

	readonly #measures = labelMeasures();
	/**
	 * Lanes of the last layout and the width it had: not reactive, only a hint that keeps labels
	 * from jumping while zooming. A new width starts afresh, so a resized or hydrated timeline
	 * looks exactly like one laid out at that width from the start.
	 */
	#lanes = new Map<string, number>();
	#lanesWidth = 0;
	#animation = 0;
	/** Where the running animation is heading. */
	#target: Domain = [0, 1];

	#stopAnimation(): void {
		if (this.#animation) cancelAnimationFrame(this.#animation);
		this.#animation = 0;
	}

	readonly layout = $derived.by(() => {
		const input = {
			timeline: this.timeline,
			index: this.index,
			domain: this.domain,
			width: this.width,
			height: this.height,
			...this.#measures,
			matches: this.filter.matches,
			hideUnmatched: this.filter.hide,
			previousLanes: this.#lanesWidth === this.width ? this.#lanes : undefined
		};
		// The dataset worker's layout of a timeline it has just read, when this is the view it laid
		// out (first-layout.ts).
		const layout = layoutTimeline(input, takeSeed(input));
		this.#lanes = new Map(layout.marks.map((mark) => [mark.event.id, mark.lane]));
		this.#lanesWidth = this.width;
		return layout;
	});

	constructor(timeline: Timeline, reader?: () => Reader) {
		if (reader) this.reader = reader;
		this.load(timeline);
	}

	/**
	 * Shows a timeline: the same one with translations added keeps the view as it is; another
	 * dataset starts whole, with nothing selected.
	 */
	show(timeline: Timeline): void {
		if (timeline === this.source) return;
		if ((timeline.base ?? timeline) === (this.source.base ?? this.source)) this.source = timeline;
		else this.load(timeline);
	}

	/** Shows another dataset, whole, with nothing selected. */
	load(timeline: Timeline): void {
		this.#stopAnimation();
		this.#lanes = new Map();
		this.source = timeline;
		this.selectedId = null;
		this.keyFocus.active = null;
		this.filter.clear();
		this.story.go(null);
		this.domain = zoomBounds(timeline.extent).full;
		this.settledDomain = this.domain;
	}

	/** Everything of the view that an address holds, as it settles. */
	get address(): ViewState {
		return {
			domain: this.settledDomain,
			full: this.bounds.full,
			event: this.selectedId,
			query: this.filter.settledQuery,
			story: this.story.storyId,
			step: this.story.step
		};
	}

	/** Instant at a horizontal position. */
	timeAt(x: number): number {
		return this.domain[0] + (x / this.width) * span(this.domain);
	}

	setDomain(domain: Domain): void {
		this.#stopAnimation();
		this.domain = domain;
	}

	/** Shows a domain at once and as settled, as when the address sets the view. */
	jumpTo(domain: Domain): void {
		this.setDomain(domain);
		if (!sameDomain(domain, this.settledDomain)) this.settledDomain = domain;
	}

	/** Whether the view is moving towards a new domain: what is drawn is not where it will rest. */
	get animating(): boolean {
		return this.#animation !== 0;
	}

	/** The view steps start from: where a running animation is heading, so quick presses add up. */
	#base(): Domain {
		return this.#animation ? this.#target : this.domain;
	}

	zoomBy(factor: number, anchorX = this.width / 2): void {
		const base = this.#base();
		const anchor = base[0] + (anchorX / this.width) * span(base);
		this.animateTo(zoomAround(base, factor, anchor, this.bounds));
	}

	panPixels(dx: number): void {
		const base = this.#base();
		this.animateTo(panBy(base, (dx / this.width) * span(base), this.bounds));
	}

	fitAll(): void {
		this.animateTo(this.bounds.full);
	}

	zoomToSpan(t0: number, t1: number): void {
		this.animateTo(fitDomain(t0, t1, this.bounds));
	}

	/** Moves to a domain over 250 ms, or at once when the reader prefers reduced motion. */
	animateTo(target: Domain): void {
		this.#stopAnimation();
		const reduced =
			typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
		if (reduced || typeof requestAnimationFrame !== 'function') {
			this.domain = target;
			return;
		}
		const from = this.domain;
		this.#target = target;
		const began = performance.now();
		const step = (now: number) => {
			// A frame's time can precede the call that started the animation: never step back past it.
			const t = easeOut(Math.min(Math.max((now - began) / ANIMATION_MS, 0), 1));
			this.domain = [between(from[0], target[0], t), between(from[1], target[1], t)];
			this.#animation = t < 1 ? requestAnimationFrame(step) : 0;
		};
		this.#animation = requestAnimationFrame(step);
	}

	colourOf(event: Pick<TimelineEvent, 'category'>): string {
		return (event.category && this.colours.get(event.category)) || UNCATEGORISED_COLOUR;
	}

	shapeOf(event: Pick<TimelineEvent, 'category'>): Shape {
		return (event.category && this.shapes.get(event.category)) || UNCATEGORISED_SHAPE;
	}

	select(id: string | null): void {
		this.selectedId = id;
	}

	/** Opens an event and moves the view to show it. */
	focus(id: string): void {
		const event = this.byId.get(id);
		if (!event) return;
		this.selectedId = id;
		this.animateTo(clampDomain(focusDomain(event, this.domain), this.bounds));
	}
}
