import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { quickCheck, quickParse } from '../../../src/lib/data/quick-check';
import { DatasetSchema, EventSchema } from '../../../src/lib/data/schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const shipped = JSON.parse(readFileSync('data/events.json', 'utf8')) as Record<string, Json[]>;

/** An event with every optional field the format has, nested lists and translations included. */
const fullEvent = {
	id: 'full-event',
	start: '1993-09',
	end: '1993-09-13',
	displayDate: 'September 1993',
	title: 'Every field',
	summary: 'An event that uses every field.',
	description: 'One paragraph.\n\nAnother.',
	category: (shipped.categories![0] as { id: string }).id,
	actors: [(shipped.actors![0] as { id: string }).id],
	topics: [(shipped.topics![0] as { id: string }).id],
	related: [(shipped.events![0] as { id: string }).id],
	importance: 1,
	sources: [
		{ title: 'A source', url: 'https://example.org/a', publisher: 'Someone', date: '1993' }
	],
	links: [{ title: 'A link', url: 'https://example.org/b' }],
	media: { url: 'https://example.org/c.jpg', alt: 'A picture', credit: 'Them', caption: 'This' },
	translations: {
		ar: {
			title: 'عنوان',
			summary: 'ملخص.',
			sources: [{ title: 'T', url: 'https://e.org', publisher: 'P' }]
		},
		he: { title: 'כותרת' }
	}
};

/** The shipped dataset cut to a few events plus the full one, every other list kept whole. */
const sample = (): Json =>
	structuredClone({ ...shipped, events: [...shipped.events!.slice(0, 3), fullEvent] }) as Json;

const acceptsDataset = quickCheck(DatasetSchema);

/** Every path to a value in `value`, the root's own included. */
function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
	const children = Array.isArray(value)
		? value.map((item, i) => paths(item, [...path, i])).flat()
		: value !== null && typeof value === 'object'
			? Object.entries(value).flatMap(([key, item]) => paths(item, [...path, key]))
			: [];
	return [path, ...children];
}

const REPLACEMENTS: (Json | undefined)[] = [
	undefined,
	null,
	0,
	2,
	1.5,
	'',
	' x',
	'x',
	true,
	[],
	{}
];

/** Copies of `root` with the value at `path` replaced, removed, padded or given an unknown key. */
function mutations(root: Json, path: (string | number)[]): Json[] {
	const at = (copy: Json) => path.slice(0, -1).reduce((node, key) => (node as never)[key], copy);
	const last = path.at(-1);
	const out: Json[] = [];
	for (const replacement of REPLACEMENTS) {
		if (last === undefined) continue;
		const copy = structuredClone(root);
		const parent = at(copy) as Record<string | number, Json | undefined>;
		if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
		else parent[last] = replacement as Json;
		out.push(copy);
	}
	const copy = structuredClone(root);
	const node = path.reduce((item, key) => (item as never)[key], copy) as Json;
	if (typeof node === 'string') {
		const parent = at(copy) as Record<string | number, Json>;
		parent[last!] = `${node} `;
		out.push(copy);
	} else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
		(node as Record<string, Json>).unexpected = 'x';
		out.push(copy);
	}
	return out;
}

/** The quick check's yes must be valibot's: accepted, with an output equal to the input. */
function agrees(value: unknown): void {
	if (!acceptsDataset(value)) return;
	const parsed = v.safeParse(DatasetSchema, value);
	expect(parsed.success).toBe(true);
	expect(parsed.output).toStrictEqual(value);
}

describe('quickCheck', () => {
	it('says yes to the shipped dataset and to an event that uses every field', () => {
		expect(acceptsDataset(shipped)).toBe(true);
		expect(acceptsDataset(sample())).toBe(true);
		expect(quickCheck(EventSchema)(fullEvent)).toBe(true);
	});

	it('never says yes where valibot fails or changes the value, for any field mutated', () => {
		const root = sample();
		const all = paths(root);
		let refused = 0;
		for (const path of all) {
			for (const mutated of mutations(root, path)) {
				agrees(mutated);
				if (!acceptsDataset(mutated)) refused += 1;
			}
		}
		expect(all.length).toBeGreaterThan(500);
		expect(refused).toBeGreaterThan(all.length);
	});

	it('says no to text that valibot would trim, though valibot accepts it', () => {
		const padded = { ...fullEvent, title: ' Every field ' };
		expect(v.safeParse(EventSchema, padded).success).toBe(true);
		expect(quickCheck(EventSchema)(padded)).toBe(false);
	});

	it('says no to what JSON.parse never makes but valibot reads differently', () => {
		const accepts = quickCheck(EventSchema);
		const sparse = { ...fullEvent, actors: new Array<string>(2) };
		expect(accepts(sparse)).toBe(false);
		expect(accepts(Object.assign(Object.create({ unexpected: 1 }) as object, fullEvent))).toBe(
			false
		);
		expect(accepts({ ...fullEvent, importance: Number.NaN })).toBe(false);
		const ownProto = JSON.parse(`{"__proto__": {"title": "x"}}`) as unknown;
		expect(quickCheck(EventSchema.entries.translations)(ownProto)).toBe(false);
		expect(quickCheck(EventSchema.entries.translations)({ 'not a tag': { title: 'x' } })).toBe(
			false
		);
	});

	it('says no to any value of a schema part it does not know', () => {
		expect(quickCheck(v.pipe(v.string(), v.email()))('reader@example.org')).toBe(false);
		expect(quickCheck(v.optional(v.string(), 'fallback'))('text')).toBe(false);
		expect(quickCheck(v.boolean())(true)).toBe(false);
		expect(quickCheck(v.pipe(v.string(), v.minLength(2)))('ab')).toBe(true);
	});

	it('parses as valibot does, giving back the value itself when the check vouches for it', () => {
		const parse = quickParse(EventSchema);
		const quick = parse(fullEvent);
		expect(quick.success && quick.output).toBe(fullEvent);
		const padded = parse({ ...fullEvent, title: ' Every field ' });
		expect(padded.success && padded.output.title).toBe('Every field');
		expect(parse({ ...fullEvent, importance: 4 }).success).toBe(false);
	});
});
