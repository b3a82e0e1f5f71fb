import { jsonKind, looksImported } from './formats/json-kind';
import type { ImportResult } from './formats/types';
import { LIMITS } from './formats/limits';
import { capProblems } from './formats/problems';
import type { Timeline } from './types';
import { validateDataset, type ValidationResult } from './validate';

/**
 * What the dataset worker answers: the timeline and the warnings of its import, or every error
 * (the first 50, then how many more).
 */
export type ReadResult =
	| { readonly ok: true; readonly timeline: Timeline; readonly warnings: readonly string[] }
	| { readonly ok: false; readonly errors: readonly string[] };

/**
 * A file in this project's JSON format, read without loading the importers: the common case.
 * Anything else (another format, invalid JSON, text that is not UTF-8, a file over the limits)
 * gives undefined, and the importers take over with their full messages.
 */
function readOwnJson(bytes: ArrayBuffer): ValidationResult | undefined {
	if (bytes.byteLength > LIMITS.bytes) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return undefined;
	}
	const events = (value as { events?: unknown } | null)?.events;
	if (jsonKind(value) !== 'dataset' || (Array.isArray(events) && events.length > LIMITS.events)) {
		return undefined;
	}
	return validateDataset(value);
}

/** How much of a file's start is read for the hint of its format (looksImported). */
const HEAD_BYTES = 4096;

/** Reads fetched bytes in any accepted format, detected from the content, and validates them. */
export async function readDataset(bytes: ArrayBuffer, url: string): Promise<ReadResult> {
	// A file that plainly comes in another format goes straight to the importers, which read this
	// project's format too, instead of being parsed once in vain while they load.
	const head = new TextDecoder().decode(
		new Uint8Array(bytes, 0, Math.min(HEAD_BYTES, bytes.byteLength))
	);
	const own = looksImported(head) ? undefined : readOwnJson(bytes);
	if (own)
		return own.ok ? { ...own, warnings: [] } : { ok: false, errors: capProblems(own.errors) };
	let imported: ImportResult;
	try {
		const { importDatasetLoading } = await import('./formats/import-dataset');
		imported = await importDatasetLoading(bytes, { baseUrl: url });
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			errors: [`the code that reads this kind of file could not be loaded: ${reason}`]
		};
	}
	if (!imported.ok) return { ok: false, errors: capProblems(imported.errors) };
	const result = validateDataset(imported.dataset);
	if (!result.ok) return { ok: false, errors: capProblems(result.errors) };
	return { ...result, warnings: capProblems(imported.problems) };
}
