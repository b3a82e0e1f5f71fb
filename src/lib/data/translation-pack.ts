import type { DatasetInput, EventInput } from './schema';
import type { Timeline } from './types';

/** What one language's entry under an item's `translations` holds. */
type One<T> = T extends { translations?: Record<string, infer V> } ? V : never;

/**
 * A dataset's text in one language, by id: what a reader of that language fetches when the
 * dataset itself came without its translations, so that other readers need not download them.
 */
export interface TranslationPack {
	readonly dataset?: One<DatasetInput>;
	readonly categories?: Record<string, One<NonNullable<DatasetInput['categories']>[number]>>;
	readonly topics?: Record<string, One<NonNullable<DatasetInput['topics']>[number]>>;
	readonly eras?: Record<string, One<NonNullable<DatasetInput['eras']>[number]>>;
	readonly events?: Record<string, One<EventInput>>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function without<T extends { translations?: unknown }>(item: T): Omit<T, 'translations'> {
	const rest: T = { ...item };
	delete rest.translations;
	return rest;
}

/**
 * The dataset without any `translations`, and what they held as one pack per language: the page
 * carries the first and a reader of another language fetches their pack.
 */
export function splitTranslations(data: DatasetInput): {
	dataset: DatasetInput;
	packs: Record<string, TranslationPack>;
} {
	const packs: Record<string, Mutable<TranslationPack>> = {};
	const pack = (lang: string) => (packs[lang] ??= {});
	const file = <K extends 'categories' | 'topics' | 'eras' | 'events', V>(
		kind: K,
		item: { id: string; translations?: Record<string, V> }
	) => {
		for (const [lang, text] of Object.entries(item.translations ?? {})) {
			const list = (pack(lang)[kind] ??= {}) as Record<string, V>;
			list[item.id] = text;
		}
	};
	for (const [lang, text] of Object.entries(data.translations ?? {})) pack(lang).dataset = text;
	for (const category of data.categories ?? []) file('categories', category);
	for (const topic of data.topics ?? []) file('topics', topic);
	for (const era of data.eras ?? []) file('eras', era);
	for (const event of data.events) file('events', event);
	return {
		dataset: {
			...without(data),
			...(data.categories ? { categories: data.categories.map(without) } : {}),
			...(data.topics ? { topics: data.topics.map(without) } : {}),
			...(data.eras ? { eras: data.eras.map(without) } : {}),
			events: data.events.map(without)
		},
		packs
	};
}

function add<T extends { translations?: Record<string, V> }, V>(
	item: T,
	lang: string,
	text: V | undefined
): T {
	return text === undefined
		? item
		: { ...item, translations: { ...item.translations, [lang]: text } };
}

/**
 * The timeline with one language's pack added to its translations. It keeps a link to the
 * timeline it was made from, so a view showing that one goes on as it was.
 */
export function withPack(timeline: Timeline, lang: string, pack: TranslationPack): Timeline {
	return {
		...add(timeline, lang, pack.dataset),
		categories: timeline.categories.map((c) => add(c, lang, pack.categories?.[c.id])),
		topics: timeline.topics.map((t) => add(t, lang, pack.topics?.[t.id])),
		eras: timeline.eras.map((e) => add(e, lang, pack.eras?.[e.id])),
		events: timeline.events.map((e) => add(e, lang, pack.events?.[e.id])),
		base: timeline.base ?? timeline
	};
}
