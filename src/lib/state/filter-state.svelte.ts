import type { Timeline } from '../data/types';
import {
	EMPTY_QUERY,
	facetCounts,
	isEmptyQuery,
	matchEvents,
	searchTexts,
	type Facet,
	type Query
} from '../filter/query';

/**
 * The reader's search and filters over one timeline: the query, whether non-matching events are
 * dimmed or hidden, and what matches. Matching is derived, so it runs only when read.
 */
export class FilterState {
	query: Query = $state.raw(EMPTY_QUERY);
	/** Hide non-matching events instead of dimming them. */
	hide = $state(false);
	readonly #timeline: () => Timeline;

	constructor(timeline: () => Timeline) {
		this.#timeline = timeline;
	}

	/** Folded text of every event, built the first time a search needs it. */
	readonly #texts = $derived.by(() => {
		const { events, actors } = this.#timeline();
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup built whole and read once, never mutated
		return searchTexts(events, new Map(actors.map((actor) => [actor.id, actor.label])));
	});

	readonly active = $derived(!isEmptyQuery(this.query));

	/** 1 for each matching event by index, or null when nothing is filtered. */
	readonly matches: Uint8Array | null = $derived.by(() =>
		this.active ? matchEvents(this.#timeline().events, this.#texts, this.query) : null
	);

	readonly count = $derived.by(() => {
		if (!this.matches) return this.#timeline().events.length;
		let n = 0;
		for (const match of this.matches) n += match;
		return n;
	});

	readonly counts = $derived.by(() =>
		facetCounts(this.#timeline().events, this.#texts, this.query)
	);

	setText(q: string): void {
		this.query = { ...this.query, q };
	}

	toggle(facet: Facet, value: string): void {
		const chosen = this.query[facet];
		this.query = {
			...this.query,
			[facet]: chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
		};
	}

	clear(): void {
		this.query = EMPTY_QUERY;
	}

	/** Whether an event (by its index) is shown in full. */
	includes(index: number): boolean {
		return !this.matches || this.matches[index] === 1;
	}
}
