/**
 * Counts in interface text, written with the reader's digits and grouping: "10,000" in English,
 * "١٠٬٠٠٠" for a reader whose language tag is "ar-EG". One page has one interface language, so
 * the choice is held here and set with the language; prerendered pages are written in English.
 */
import { englishInteger, writesEnglishNumbers } from './english';

let language = 'en';
/** Made on first use: English whole numbers, the usual case, are written without Intl. */
let format: Intl.NumberFormat | undefined;

export function useNumbers(tag: string): void {
	language = tag;
	format = undefined;
}

export function num(value: number): string {
	const english = writesEnglishNumbers(language) ? englishInteger(value) : undefined;
	if (english !== undefined) return english;
	format ??= new Intl.NumberFormat(language);
	return format.format(value);
}
