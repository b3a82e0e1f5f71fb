/** Interface languages that strings.ts has text for. */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The interface language a BCP 47 tag asks for ("en", "en-GB"), matched on its primary subtag and
 * ignoring case, or undefined when there is no text in that language.
 */
export function matchLanguage(tag: string): Language | undefined {
	const primary = tag.split('-')[0]?.toLowerCase();
	return LANGUAGES.find((language) => language === primary);
}
