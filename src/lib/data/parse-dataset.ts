import { validateDataset, type ValidationResult } from './validate';

/** Parses fetched bytes as UTF-8 JSON and validates them as a dataset. */
export function parseDataset(bytes: ArrayBuffer, url: string): ValidationResult {
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder().decode(bytes));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, errors: [`${url} is not valid JSON: ${reason}`] };
	}
	return validateDataset(json);
}
