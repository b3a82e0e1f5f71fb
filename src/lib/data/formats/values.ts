/** Reading values of unknown shape from a parsed file, which may hold anything anywhere. */

export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string as it is, a number as its digits (spreadsheet exports write headlines like 1984), else ''. */
export const textOf = (value: unknown): string =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
