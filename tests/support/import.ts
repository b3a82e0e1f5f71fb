/** Helpers for importer tests: files as the worker receives them, and what an import returned. */
import { readFileSync } from 'node:fs';
import { importDataset } from '../../src/lib/data/formats/import-dataset';
import type { ImportOptions, ImportResult } from '../../src/lib/data/formats/types';
import type { DatasetInput } from '../../src/lib/data/schema';

export const bytesOf = (text: string) => new TextEncoder().encode(text);

export function importFixture(name: string, options: ImportOptions = {}): ImportResult {
	const url = new URL(`../fixtures/import/${name}`, import.meta.url);
	return importDataset(readFileSync(url), options);
}

export const importText = (text: string, options: ImportOptions = {}) =>
	importDataset(bytesOf(text), options);

export const importJson = (value: unknown, options: ImportOptions = {}) =>
	importText(JSON.stringify(value), options);

/** The dataset of a successful import; fails the test with the errors otherwise. */
export function datasetOf(result: ImportResult): DatasetInput {
	if (!result.ok) throw new Error(`import failed:\n${result.errors.join('\n')}`);
	return result.dataset;
}

export const errorsOf = (result: ImportResult) => (result.ok ? [] : result.errors);
export const problemsOf = (result: ImportResult) => (result.ok ? result.problems : []);
