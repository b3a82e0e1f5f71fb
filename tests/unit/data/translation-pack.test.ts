import { describe, expect, it } from 'vitest';
import dataset from '../../../data/events.json';
import { localise } from '../../../src/lib/data/localise';
import { normalise } from '../../../src/lib/data/normalise';
import type { DatasetInput } from '../../../src/lib/data/schema';
import { splitTranslations, withPack } from '../../../src/lib/data/translation-pack';
import { validateDataset } from '../../../src/lib/data/validate';

const full = dataset as DatasetInput;
const { dataset: bare, packs } = splitTranslations(full);

describe('splitTranslations', () => {
	it('leaves no translations in the dataset, which stays valid', () => {
		expect(JSON.stringify(bare)).not.toContain('"translations"');
		const result = validateDataset(bare);
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('makes one pack per language, holding every translation by id', () => {
		expect(Object.keys(packs).sort()).toEqual(['ar', 'he']);
		expect(Object.keys(packs.ar?.events ?? {})).toHaveLength(24);
		expect(packs.he?.events?.['six-day-war-1967']?.title).toBe('מלחמת ששת הימים');
		expect(packs.ar?.categories?.war).toEqual({ label: 'الحرب والعنف' });
		expect(packs.ar?.dataset?.title).toBe(full.translations?.ar?.title);
	});

	it('leaves a dataset without translations as it is, with no packs', () => {
		const { dataset: same, packs: none } = splitTranslations(bare);
		expect(same).toEqual(bare);
		expect(none).toEqual({});
	});
});

describe('withPack', () => {
	const reader = { locale: 'ar', tag: 'ar' };

	it('gives a reader the same text as the dataset that carried its translations', () => {
		const packed = withPack(normalise(bare), 'ar', packs.ar!);
		const whole = normalise(full);
		const text = (t: typeof whole) => {
			const seen = localise(t, reader);
			return {
				title: seen.title,
				categories: seen.categories.map((c) => c.label),
				topics: seen.topics.map((c) => [c.label, c.description]),
				eras: seen.eras.map((e) => e.title),
				events: seen.events.map((e) => [e.title, e.summary, e.lang, e.sources?.length])
			};
		};
		expect(text(packed)).toEqual(text(whole));
	});

	it('links back to the timeline it adds to, however many packs are added', () => {
		const timeline = normalise(bare);
		const once = withPack(timeline, 'ar', packs.ar!);
		expect(once.base).toBe(timeline);
		expect(withPack(once, 'he', packs.he!).base).toBe(timeline);
	});
});
