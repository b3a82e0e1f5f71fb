import type { TimelineEvent } from '../data/types';
import {
	focusMap,
	locate,
	rovingItem,
	step,
	type FocusItem,
	type FocusKey,
	type Move
} from '../layout/focus-order';
import { revealDomain } from '../scale/zoom';
import { beyond, neighbour } from '../story/walk';
import type { TimelineState } from './timeline-state.svelte';

/**
 * Keyboard focus inside the drawn timeline, which is a single Tab stop: the item last focused is
 * remembered by key, so it keeps focus while zooming re-lays out the marks, and the keys move it
 * through time and between lanes, panning to bring events from outside the view.
 */
export class FocusState {
	/** The item last focused or moved to; an event may be folded into a cluster or out of view. */
	active: FocusKey | null = $state.raw(null);
	/** Bumped when focus should go back to the timeline's current item, as when the panel closes. */
	requested = $state(0);
	readonly #view: TimelineState;

	constructor(view: TimelineState) {
		this.#view = view;
	}

	readonly map = $derived.by(() => focusMap(this.#view.layout, this.#view.domain));

	/** The event behind the active key, for locating it when it is not drawn as a mark. */
	readonly #event: TimelineEvent | undefined = $derived.by(() =>
		this.active && this.active.kind !== 'era' ? this.#view.byId.get(this.active.id) : undefined
	);

	/** The one item with tabindex 0; none when nothing is drawn, and then the SVG takes Tab. */
	readonly roving: FocusItem | undefined = $derived.by(() =>
		rovingItem(this.map, this.active, this.#event)
	);

	/** The roving item as a string, which stays equal between frames that do not move it. */
	readonly rovingKey: string = $derived(this.roving ? `${this.roving.kind}:${this.roving.id}` : '');

	/** Records focus that arrived at an item, keeping an event that a focused cluster holds. */
	focused(key: FocusKey): void {
		if (key.kind === 'cluster' && this.roving?.kind === 'cluster' && this.roving.id === key.id) {
			return;
		}
		this.active = key;
	}

	/** Puts focus back on the timeline at an event, or at its cluster when it is folded. */
	returnTo(id: string): void {
		this.active = { kind: 'event', id };
		this.requested += 1;
	}

	move(move: Move | 'first' | 'last'): void {
		const view = this.#view;
		const { events } = view.timeline;
		const matches = view.filter.matches;
		const direction = move === 'previous' || move === 'last' ? -1 : 1;
		if (move === 'first' || move === 'last') {
			const end = neighbour(events, matches, undefined, direction);
			if (end) this.#goTo(end, direction);
			return;
		}
		const from = locate(this.map, this.active, this.#event);
		const target = step(this.map, from, move);
		if (target === 'beyond') {
			const event = beyond(events, matches, view.domain, direction);
			if (event) this.#goTo(event, direction);
		} else if (target) {
			this.active = { kind: target.kind, id: target.id };
		}
	}

	/**
	 * Makes an event the active item and, when it is not in view, pans to it at the same zoom:
	 * `from` is the side it comes in from.
	 */
	#goTo(event: TimelineEvent, from: 1 | -1): void {
		const view = this.#view;
		this.active = { kind: 'event', id: event.id };
		if (locate(this.map, this.active, event)) return;
		view.animateTo(revealDomain(event.t0, event.t1, view.domain, from, view.bounds));
	}

	/** Centre of the roving item, to zoom around it so that it stays in view. */
	anchorX(): number | undefined {
		const item = this.roving;
		return item && (item.x0 + item.x1) / 2;
	}
}
