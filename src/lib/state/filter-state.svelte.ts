import type { Timeline } from '../data/types';
import { SETTLE_MS } from './settle';
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
	#query: Query = $state.raw(EMPTY_QUERY);
	/**
	 * The query once typing pauses for a moment: what slower readers (the event list, the address)
	 * follow, so a keystroke redraws only the timeline itself.
	 */
	settledQuery: Query = $state.raw(EMPTY_QUERY);
	#settleTimer: ReturnType<typeof setTimeout> | undefined;

	get query(): Query {
		return this.#query;
	}

	set query(query: Query) {
		this.#query = query;
		clearTimeout(this.#settleTimer);
		if (typeof window === 'undefined' || query.q === this.settledQuery.q) this.settledQuery = query;
		else this.#settleTimer = setTimeout(() => (this.settledQuery = this.#query), SETTLE_MS);
	}
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

	/**
	 * Builds the search text now, as the reader reaches for the search box, so that the first
	 * keystroke does not pay for folding every event's text.
	 */
	prepare(): void {
		void this.#texts;
	}

	/** 1 for each matching event by index, or null when nothing is filtered. */
	readonly matches: Uint8Array | null = $derived.by(() =>
		this.active ? matchEvents(this.#timeline().events, this.#texts, this.query) : null
	);

	/** Matches of the settled query, for the event list. */
	readonly settledMatches: Uint8Array | null = $derived.by(() =>
		isEmptyQuery(this.settledQuery)
			? null
			: matchEvents(this.#timeline().events, this.#texts, this.settledQuery)
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

	/** Sets the query at once and as settled, as when the address sets it. */
	jumpTo(query: Query): void {
		this.query = query;
		clearTimeout(this.#settleTimer);
		this.settledQuery = query;
	}

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
		this.jumpTo(EMPTY_QUERY);
	}

	/** Whether an event (by its index) matches the query. */
	includes(index: number): boolean {
		return !this.matches || this.matches[index] === 1;
	}

	/** Whether an event (by its index) matches the settled query. */
	includesSettled(index: number): boolean {
		return !this.settledMatches || this.settledMatches[index] === 1;
	}
}
