import type { DatasetInput } from '../schema';

/** The formats an imported file may be in, each told from its content by `importDataset`. */
export type FormatName =
	| 'dataset-json'
	| 'timelinejs-json'
	| 'timelinejs2-json'
	| 'timelinejs-csv'
	| 'dataset-csv'
	| 'plain-csv';

export const FORMAT_LABELS: Record<FormatName, string> = {
	'dataset-json': 'timeline JSON',
	'timelinejs-json': 'TimelineJS JSON',
	'timelinejs2-json': 'TimelineJS 2 JSON',
	'timelinejs-csv': 'TimelineJS spreadsheet CSV',
	'dataset-csv': 'timeline CSV',
	'plain-csv': 'CSV with a date and a title column'
};

export interface ImportOptions {
	/** The file's own address: relative media and links resolve against it. */
	readonly baseUrl?: string;
	/** BCP 47 tag of the text; TimelineJS and CSV files do not give one, so "und" by default. */
	readonly language?: string;
	/** The timeline's title when the file gives none, such as the file's name. */
	readonly name?: string;
}

/**
 * A file turned into a dataset in this project's format, with warnings about what changed on the
 * way (`problems`), or the errors that stopped it. A dataset returned here passes
 * `validateDataset`.
 */
export type ImportResult =
	| {
			readonly ok: true;
			readonly format: FormatName;
			readonly dataset: DatasetInput;
			readonly problems: readonly string[];
	  }
	| { readonly ok: false; readonly errors: readonly string[] };

/** "und": the language is undetermined, so dates are formatted in the reader's own. */
export const UNKNOWN_LANGUAGE = 'und';
