import type { TimelineEvent } from '../data/types';
import { fold } from './fold';

/** The facets an event can be filtered by; within one, any chosen value matches. */
export const FACETS = ['category', 'actor', 'topic'] as const;
export type Facet = (typeof FACETS)[number];

/** What the reader searches for: text, and chosen values of each facet. */
export interface Query {
	readonly q: string;
	readonly category: readonly string[];
	readonly actor: readonly string[];
	readonly topic: readonly string[];
}

export const EMPTY_QUERY: Query = { q: '', category: [], actor: [], topic: [] };

export function isEmptyQuery(query: Query): boolean {
	return query.q.trim() === '' && FACETS.every((facet) => query[facet].length === 0);
}

function valuesOf(event: TimelineEvent, facet: Facet): readonly string[] {
	if (facet === 'category') return event.category ? [event.category] : [];
	return (facet === 'actor' ? event.actors : event.topics) ?? [];
}

/**
 * Folded text of each event, in event order: title, summary, description and actor names. Built
 * once per dataset, so a keystroke costs one substring test per event.
 */
export function searchTexts(
	events: readonly TimelineEvent[],
	actorLabels: ReadonlyMap<string, string>
): string[] {
	return events.map((event) =>
		fold(
			[
				event.title,
				event.summary,
				event.description ?? '',
				...(event.actors ?? []).map((id) => actorLabels.get(id) ?? id)
			].join('\n')
		)
	);
}

function textMatches(texts: readonly string[], q: string): (i: number) => boolean {
	const words = fold(q).split(/\s+/).filter(Boolean);
	if (words.length === 0) return () => true;
	return (i) => words.every((word) => texts[i]!.includes(word));
}

function facetMatches(event: TimelineEvent, facet: Facet, chosen: readonly string[]): boolean {
	return chosen.length === 0 || valuesOf(event, facet).some((value) => chosen.includes(value));
}

/** 1 for each event (by its index) that matches the whole query, 0 for the others. */
export function matchEvents(
	events: readonly TimelineEvent[],
	texts: readonly string[],
	query: Query
): Uint8Array {
	const text = textMatches(texts, query.q);
	const facets = FACETS.filter((facet) => query[facet].length > 0);
	const matches = new Uint8Array(events.length);
	events.forEach((event, i) => {
		if (text(i) && facets.every((facet) => facetMatches(event, facet, query[facet]))) {
			matches[i] = 1;
		}
	});
	return matches;
}

/**
 * How many events each facet value would give: the events that match the text and every other
 * facet, counted by their values of this one. So a chip's count is what choosing it adds.
 */
export function facetCounts(
	events: readonly TimelineEvent[],
	texts: readonly string[],
	query: Query
): Record<Facet, Map<string, number>> {
	const text = textMatches(texts, query.q);
	const counts = { category: new Map(), actor: new Map(), topic: new Map() } as Record<
		Facet,
		Map<string, number>
	>;
	events.forEach((event, i) => {
		if (!text(i)) return;
		for (const facet of FACETS) {
			const others = FACETS.every(
				(other) => other === facet || facetMatches(event, other, query[other])
			);
			if (!others) continue;
			for (const value of valuesOf(event, facet)) {
				counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
			}
		}
	});
	return counts;
}
