import { checkDataset } from '../validate';
import type { ImportResult } from './types';

/**
 * This project's own JSON format, validated as it is: it is written for this timeline, so any
 * problem refuses the file with every reason, as `npm run validate` does, rather than leaving
 * events out.
 */
export function fromDatasetJson(value: unknown): ImportResult {
	const checked = checkDataset(value);
	if (!checked.ok) return checked;
	return { ok: true, format: 'dataset-json', dataset: checked.dataset, problems: [] };
}
