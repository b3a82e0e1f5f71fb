/**
 * The parsing libraries that only some files need, each loaded the first time a file needs it:
 * htmlparser2 for text with tags other than plain paragraphs or with entities, jsonc-parser to
 * say where invalid JSON goes wrong, Papa Parse for CSV. Together they are about three quarters of
 * the importers' code, which a TimelineJS file of plain paragraphs, the common kind, now starts
 * without.
 *
 * The importers stay synchronous: one that reaches for a library not yet loaded throws
 * LibraryNeeded, and `withLibraries` loads it and runs the import again from the start. A library
 * is asked for where the work needing it begins (a failed parse, a CSV, the first tag), so a rerun
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

export type Library = keyof Modules;

const LOADERS: { readonly [L in Library]: () => Promise<Modules[L]> } = {
	htmlparser2: () => import('htmlparser2'),
	'jsonc-parser': () => import('jsonc-parser'),
	papaparse: () => import('papaparse').then((module) => module.default)
};

const loaded: { -readonly [L in Library]?: Modules[L] } = {};

/** Thrown by an importer that needs a library not loaded yet; `withLibraries` catches it. */
export class LibraryNeeded extends Error {
	constructor(readonly library: Library) {
		super(`${library} is needed and not loaded yet`);
	}
}

/** A loaded library, or LibraryNeeded thrown for it. */
export function library<L extends Library>(name: L): Modules[L] {
	const module = loaded[name];
	if (!module) throw new LibraryNeeded(name);
	return module;
}

/** Loads the libraries named, by default all of them (as the command line does). */
export async function loadLibraries(
	names: readonly Library[] = Object.keys(LOADERS) as Library[]
): Promise<void> {
	await Promise.all(
		names.map(async <L extends Library>(name: L) => {
			loaded[name] ??= await LOADERS[name]();
			if (!loaded[name]) throw new Error(`${name} could not be loaded`);
		})
	);
}

/** Runs `work`, loading each library it turns out to need and running it again, until it needs none. */
export async function withLibraries<T>(work: () => T): Promise<T> {
	for (;;) {
		try {
			return work();
		} catch (error) {
			if (!(error instanceof LibraryNeeded)) throw error;
			await loadLibraries([error.library]);
		}
	}
}
