/** Builders for raw datasets, as a JSON file would hold them, for tests that need many events. */
import { readFileSync } from 'node:fs';
import { mulberry32 as seededRandom } from '../bench/generate';

/** The benchmark's seeded PRNG (mulberry32), so generated cases are the same on every run. */
export { seededRandom };

export interface RawEvent {
	id: string;
	start: string;
	end?: string;
	title: string;
	summary: string;
	importance: number;
	sources: { title: string; url: string; publisher: string }[];
	[field: string]: unknown;
}

export function rawEvent(id: string, start: string, fields: Partial<RawEvent> = {}): RawEvent {
	return {
		id,
		start,
		title: `Event ${id}`,
		summary: 'A test event.',
		importance: 2,
		sources: [{ title: 'Source', url: 'https://example.org/source', publisher: 'Example' }],
		...fields
	};
}

export function rawDataset(events: RawEvent[], fields: Record<string, unknown> = {}) {
	return {
		title: 'Test',
		description: 'A generated dataset.',
		language: 'en-GB',
		events,
		...fields
	};
}

/** A fresh copy of a fixture from tests/fixtures, safe to mutate. */
export function fixture(name: string): Record<string, unknown> & { events: RawEvent[] } {
	return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
}

const TITLES = [
	'Short',
	'A medium-length title',
	'A long title that needs shortening on a narrow screen'
];

/** n events on one day, importance 1, 2, 3 in turn, with short, medium and long titles. */
export function sameDayDataset(n: number, day: string) {
	return rawDataset(
		Array.from({ length: n }, (_, i) =>
			rawEvent(`e${i}`, day, { importance: 1 + (i % 3), title: `${TITLES[i % 3]} ${i}` })
		)
	);
}

/** n seeded random events from firstYear to lastYear: all precisions, 30% ranges, any importance. */
export function randomDataset(seed: number, n: number, firstYear: number, lastYear: number) {
	const random = seededRandom(seed);
	const pad = (v: number) => String(v).padStart(2, '0');
	const date = () => {
		const year = firstYear + Math.floor(random() * (lastYear - firstYear + 1));
		const month = `${year}-${pad(1 + Math.floor(random() * 12))}`;
		const p = random();
		return p < 0.15
			? `${year}`
			: p < 0.3
				? month
				: `${month}-${pad(1 + Math.floor(random() * 28))}`;
	};
	const startOf = (text: string) => Date.parse(`${text.padEnd(10, '-01')}T00:00:00Z`);
	const events = Array.from({ length: n }, (_, i) => {
		const [start, end] = [date(), date()].sort((a, b) => startOf(a) - startOf(b)) as [
			string,
			string
		];
		return rawEvent(`e${i}`, start, {
			importance: 1 + Math.floor(random() * 3),
			title: TITLES[i % 3]!.replace('title', `title ${i}`),
			...(random() < 0.3 ? { end } : {})
		});
	});
	return rawDataset(events);
}
