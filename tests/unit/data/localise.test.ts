import { describe, expect, it } from 'vitest';
import dataset from '../../../data/events.json';
import { localise, translationFor } from '../../../src/lib/data/localise';
import { normalise } from '../../../src/lib/data/normalise';
import type { DatasetInput } from '../../../src/lib/data/schema';

const timeline = normalise(dataset as DatasetInput);
const byId = (t: typeof timeline, id: string) => t.events.find((event) => event.id === id)!;

describe('translationFor', () => {
	const translations = { ar: 'ar', 'he-IL': 'he-IL' };
	it.each([
		['the exact tag', 'ar', 'ar'],
		['the same language under a region', 'ar-EG', 'ar'],
		['a region the dataset gives, for the bare language', 'he', 'he-IL'],
		['nothing for another language', 'fr', undefined]
	])('finds %s', (_, locale, expected) => {
		expect(translationFor(translations, locale)).toBe(expected);
	});
});

describe('localise', () => {
	it('gives an English reader the dataset as written, the same object', () => {
		expect(localise(timeline, { locale: 'en', tag: 'en' })).toBe(timeline);
	});

	it('translates the titles, names and descriptions the dataset translates', () => {
		const ar = localise(timeline, { locale: 'ar', tag: 'ar' });
		expect(ar.title).toBe('الصراع الفلسطيني الإسرائيلي، 1947–2023');
		expect(ar.categories.find((c) => c.id === 'war')?.label).toBe('الحرب والعنف');
		expect(ar.topics.find((t) => t.id === 'jerusalem')?.label).toBe('القدس');
		expect(ar.eras.find((e) => e.id === 'first-intifada')?.title).toBe('الانتفاضة الأولى');
		const war = byId(ar, 'six-day-war-1967');
		expect(war).toMatchObject({ title: 'حرب 1967 (النكسة)', lang: 'ar' });
		expect(war.summary.startsWith('في 5 يونيو/حزيران 1967')).toBe(true);
	});

	it('adds the sources for the names to the event’s own, for that language only', () => {
		const he = byId(localise(timeline, { locale: 'he', tag: 'he' }), 'six-day-war-1967');
		const en = byId(timeline, 'six-day-war-1967');
		expect(he.title).toBe('מלחמת ששת הימים');
		expect(he.sources?.slice(0, en.sources!.length)).toEqual(en.sources);
		expect(he.sources?.slice(en.sources!.length).map((s) => s.publisher)).toEqual([
			'Hamichlol (המכלול)',
			'Clue (קלו)'
		]);
	});

	it('leaves what is not translated in the dataset’s language, unmarked', () => {
		const ar = localise(timeline, { locale: 'ar', tag: 'ar' });
		const untranslated = byId(ar, 'bernadotte-assassination');
		expect(untranslated).toBe(byId(timeline, 'bernadotte-assassination'));
		expect(untranslated.lang).toBeUndefined();
		expect(ar.actors).toBe(timeline.actors);
	});

	it('writes dates in the reader’s own tag, and keeps the dataset’s language for its text', () => {
		const egypt = localise(timeline, { locale: 'ar', tag: 'ar-EG' });
		expect(egypt.locale).toBe('ar-EG');
		expect(egypt.language).toBe('en-GB');
	});

	it('returns the same object to the same reader, so nothing derived from it is redone', () => {
		const reader = { locale: 'he', tag: 'he-IL' };
		expect(localise(timeline, reader)).toBe(localise(timeline, { ...reader }));
	});

	it('gives every importance-1 event of the default dataset an Arabic and a Hebrew title', () => {
		const missing = timeline.events
			.filter((event) => event.importance === 1)
			.flatMap((event) =>
				(['ar', 'he'] as const)
					.filter((lang) => !translationFor(event.translations, lang)?.title)
					.map((lang) => `${event.id} (${lang})`)
			);
		expect(missing).toEqual([]);
	});

	it('cites a source in Arabic for every Arabic title of the default dataset', () => {
		const unsourced = timeline.events
			.filter((event) => event.translations?.ar && !event.translations.ar.sources?.length)
			.map((event) => event.id);
		expect(unsourced).toEqual([]);
	});
});
