import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from '../../../../src/lib/data/formats/slug';

describe('slugify', () => {
	it.each([
		['Ada Lovelace', 'ada-lovelace'],
		['  Apollo 11: the landing!  ', 'apollo-11-the-landing'],
		['Rózsa Péter', 'rozsa-peter'],
		['Straße Œuvre Łódź', 'strasse-oeuvre-lodz'],
		['Event_1', 'event-1'],
		['النكبة', ''],
		['מלחמת העצמאות', ''],
		['x'.repeat(70), 'x'.repeat(60)],
		[`${'a'.repeat(59)} b`, 'a'.repeat(59)]
	])('%s → %s', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});
});

describe('IdAllocator', () => {
	it('numbers repeats from 2, skipping ids already taken', () => {
		const ids = new IdAllocator();
		expect(ids.reserve('a-2')).toBe(true);
		expect([ids.unique('a'), ids.unique('a'), ids.unique('a')]).toEqual(['a', 'a-3', 'a-4']);
		expect(ids.reserve('a')).toBe(false);
	});
});
