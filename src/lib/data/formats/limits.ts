/**
 * What a dataset given with `?src=` or to `npm run convert` may weigh. Past these, a browser tab
 * spends seconds parsing and holds hundreds of megabytes, so the file is refused with its own
 * message instead. The README's dataset section quotes these numbers.
 */
export const LIMITS = {
	/** 20 MB: the largest file read, in bytes. */
	bytes: 20_000_000,
	/** The most events (or CSV rows) in one dataset. */
	events: 100_000,
	/** Problems listed one by one before the rest are counted as "and N more". */
	listedProblems: 50
} as const;
