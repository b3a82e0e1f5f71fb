/**
 * Counts in interface text, written with the reader's digits and grouping: "10,000" in English,
 * "١٠٬٠٠٠" for a reader whose language tag is "ar-EG". One page has one interface language, so
 * the choice is held here and set with the language; prerendered pages are written in English.
 */
let format = new Intl.NumberFormat('en');

export function useNumbers(tag: string): void {
	format = new Intl.NumberFormat(tag);
}

export const num = (value: number): string => format.format(value);
