import { primaryLanguage as primary } from '../i18n/locale';
import type { Timeline, TimelineEvent } from './types';

/** Who is reading: the interface language, and the full tag dates are written in ("ar-EG"). */
export interface Reader {
	readonly locale: string;
	readonly tag: string;
}

/**
 * The translation for a reader: the one under their exact tag, else under the same primary
 * language ("ar" for "ar-EG", or "ar-EG" for "ar").
 */
export function translationFor<T>(
	translations: Readonly<Record<string, T>> | undefined,
	locale: string
): T | undefined {
	if (!translations) return undefined;
	if (locale in translations) return translations[locale];
	const wanted = primary(locale);
	const tag = Object.keys(translations).find((key) => primary(key) === wanted);
	return tag === undefined ? undefined : translations[tag];
}

/** Whether the dataset's own text is already in the reader's language. */
const ownLanguage = (timeline: Timeline, reader: Reader) =>
	primary(timeline.language) === primary(reader.locale);

function localiseEvent(event: TimelineEvent, reader: Reader): TimelineEvent {
	const translation = translationFor(event.translations, reader.locale);
	if (!translation) return event;
	return {
		...event,
		title: translation.title,
		summary: translation.summary ?? event.summary,
		// A summary left untranslated keeps the dataset's language, so the pair is marked only when whole.
		lang: translation.summary ? reader.locale : undefined,
		sources: [...(event.sources ?? []), ...(translation.sources ?? [])]
	};
}

const cache = new WeakMap<Timeline, Map<string, Timeline>>();

/**
 * The timeline as a reader sees it: titles, summaries and names in their language where the
 * dataset translates them, and dates in their language. A reader of the dataset's own language,
 * or of the default English interface, sees it as written. The same reader gets the same object
 * back, so views derived from it are not redone.
 */
export function localise(timeline: Timeline, reader: Reader): Timeline {
	if (reader.locale === 'en' || ownLanguage(timeline, reader)) return timeline;
	let byReader = cache.get(timeline);
	if (!byReader) {
		byReader = new Map();
		cache.set(timeline, byReader);
	}
	const key = `${reader.locale}|${reader.tag}`;
	let seen = byReader.get(key);
	if (!seen) {
		seen = translate(timeline, reader);
		byReader.set(key, seen);
	}
	return seen;
}

function translate(timeline: Timeline, reader: Reader): Timeline {
	const { locale } = reader;
	const own = translationFor(timeline.translations, locale);
	const translated = timeline.events.some((event) => event.translations);
	return {
		...timeline,
		title: own?.title ?? timeline.title,
		description: own?.description ?? timeline.description,
		locale: reader.tag,
		categories: timeline.categories.map((category) => ({
			...category,
			label: translationFor(category.translations, locale)?.label ?? category.label
		})),
		topics: timeline.topics.map((topic) => {
			const translation = translationFor(topic.translations, locale);
			return {
				...topic,
				label: translation?.label ?? topic.label,
				description: translation?.description ?? topic.description
			};
		}),
		eras: timeline.eras.map((era) => ({
			...era,
			title: translationFor(era.translations, locale)?.title ?? era.title
		})),
		events: translated
			? timeline.events.map((event) => localiseEvent(event, reader))
			: timeline.events
	};
}
