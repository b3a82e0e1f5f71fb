/**
 * Ids for imported items: slugs made from a given id or a headline, the way TimelineJS makes its
 * own, so that an event keeps the id its author knew wherever the text allows.
 */

/** Letters that Unicode normalisation does not take apart into a Latin letter and a mark. */
const LETTERS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

const MAX_LENGTH = 60;

/** "Ada Lovelace" → "ada-lovelace"; text with no Latin letters or digits gives "". */
export function slugify(text: string): string {
	const slug = text
		.toLowerCase()
		.replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? '')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, MAX_LENGTH).replace(/-+$/, '');
}

/** Hands out ids that are unique within one list: "x", then "x-2", "x-3" … */
export class IdAllocator {
	readonly #taken = new Set<string>();

	/** Takes an id as it is; false when it was taken already. */
	reserve(id: string): boolean {
		if (this.#taken.has(id)) return false;
		this.#taken.add(id);
		return true;
	}

	/** The first free id of "base", "base-2", "base-3" …, taken on return. */
	unique(base: string): string {
		let id = base;
		for (let n = 2; this.#taken.has(id); n++) id = `${base}-${n}`;
		this.#taken.add(id);
		return id;
	}
}
