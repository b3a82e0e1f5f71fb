/**
 * The parsers that only some files need, each loaded the first time a file needs it: htmlparser2
 * for text with tags other than plain paragraphs or with entities, jsonc-parser to say where
 * invalid JSON goes wrong, Papa Parse for CSV. Together they are about three quarters of the
 * importers' code, which a TimelineJS file of plain paragraphs, the common kind, now starts
 * without.
 *
 * The importers stay synchronous: one that reaches for a parser not yet loaded throws
 * ParserNeeded, and `withParsers` loads it and runs the import again from the start. A parser is
 * asked for where the work needing it begins (a failed parse, a CSV, the first tag), so a rerun
 * repeats little; at worst, a file whose only tag is in its last event is read twice.
 */
import type * as Htmlparser2 from 'htmlparser2';
import type * as JsoncParser from 'jsonc-parser';
import type Papa from 'papaparse';

interface Modules {
	readonly htmlparser2: typeof Htmlparser2;
	readonly 'jsonc-parser': typeof JsoncParser;
	readonly papaparse: typeof Papa;
}

export type ParserName = keyof Modules;

const LOADERS: { readonly [P in ParserName]: () => Promise<Modules[P]> } = {
	htmlparser2: () => import('htmlparser2'),
	'jsonc-parser': () => import('jsonc-parser'),
	papaparse: () => import('papaparse').then((module) => module.default)
};

const loaded: { -readonly [P in ParserName]?: Modules[P] } = {};

/** Thrown by an importer that needs a parser not loaded yet; `withParsers` catches it. */
export class ParserNeeded extends Error {
	constructor(readonly parser: ParserName) {
		super(`${parser} is needed and not loaded yet`);
	}
}

/** A loaded parser, or ParserNeeded thrown for it. */
export function loadedParser<P extends ParserName>(name: P): Modules[P] {
	const module = loaded[name];
	if (!module) throw new ParserNeeded(name);
	return module;
}

/** Loads the parsers named, by default all of them (as the command line does). */
export async function loadParsers(
	names: readonly ParserName[] = Object.keys(LOADERS) as ParserName[]
): Promise<void> {
	await Promise.all(
		names.map(async <P extends ParserName>(name: P) => {
			loaded[name] ??= await LOADERS[name]();
			if (!loaded[name]) throw new Error(`${name} could not be loaded`);
		})
	);
}

/** Runs `work`, loading each parser it turns out to need and running it again, until it needs none. */
export async function withParsers<T>(work: () => T): Promise<T> {
	for (;;) {
		try {
			return work();
		} catch (error) {
			if (!(error instanceof ParserNeeded)) throw error;
			await loadParsers([error.parser]);
		}
	}
}
