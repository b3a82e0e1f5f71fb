import { count } from './problems';

/**
 * Changes an import makes to many items alike, each reported once with its first examples instead
 * of once per item: what was kept in another form, and what this timeline cannot show.
 */
const were = (n: number) => (n === 1 ? 'was' : 'were');

export const NOTES = {
	'generated-id': (n: number) =>
		`${count(n, 'event')} had no id and got one made from the headline`,
	'rewritten-id': (n: number) =>
		`${count(n, 'id')} ${were(n)} not a slug (lowercase letters, digits and hyphens) and ${were(n)} rewritten`,
	'time-of-day': (n: number) =>
		`${count(n, 'date')} gave a time of day, which this timeline does not show; the day is kept`,
	'end-without-year': (n: number) => `${count(n, 'end date')} had no year and ${were(n)} ignored`,
	'day-without-month': (n: number) =>
		`${count(n, 'date')} gave a day but no month; only the year is kept`,
	'deep-time-month': (n: number) =>
		`${count(n, 'date')} gave a month or day for a year beyond ±271,820, where a date is a year alone; only the year is kept`,
	untitled: (n: number) =>
		`${count(n, 'event')} had no headline and ${were(n)} titled from the text`,
	background: (n: number) =>
		`${count(n, 'slide')} set a background colour or image, which this timeline does not draw`,
	'media-link': (n: number) =>
		`${count(n, 'media item')} ${were(n)} not an image (a video, map, sound or page) and ${n === 1 ? 'is' : 'are'} kept as a link`,
	'media-embed': (n: number) =>
		`${count(n, 'media item')} ${were(n)} embed code rather than an address and ${were(n)} left out`,
	'media-relative': (n: number) =>
		`${count(n, 'media item')} had a relative address and no dataset address to resolve it against, and ${were(n)} left out (convert with --base)`,
	'media-scheme': (n: number) =>
		`${count(n, 'media item')} had an address that is not http: or https: and ${were(n)} left out`,
	'default-importance': (n: number) =>
		`${count(n, 'row')} gave no importance and ${were(n)} set to 2 (notable)`,
	'source-host': (n: number) =>
		`${count(n, 'source')} had no title or publisher; the address's host stands in`
} as const;

export type NoteKind = keyof typeof NOTES;

/** Counts notes by kind and keeps the first three examples of each. */
export class Notes {
	readonly #kinds = new Map<NoteKind, { count: number; examples: string[] }>();

	add(kind: NoteKind, example: string): void {
		const entry = this.#kinds.get(kind) ?? { count: 0, examples: [] };
		entry.count += 1;
		if (entry.examples.length < 3) entry.examples.push(example);
		this.#kinds.set(kind, entry);
	}

	/** One line per kind, in the order kinds first appeared: `3 dates gave …: row 2, row 5, …`. */
	lines(): string[] {
		return [...this.#kinds].map(([kind, { count, examples }]) => {
			const more = count > examples.length ? ', …' : '';
			return `${NOTES[kind](count)}: ${examples.join(', ')}${more}`;
		});
	}
}
