/** The interface languages, English first: the one every page is prerendered in. */
export const LOCALES = ['en', 'ar', 'he'] as const;
export type Locale = (typeof LOCALES)[number];

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar', 'he']);

/** The primary language subtag of a BCP 47 tag, if it is one of ours: "ar-EG" → "ar". */
function supported(tag: string): Locale | undefined {
	const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
	// "iw" is the old code for Hebrew, still sent by some systems.
	const code = primary === 'iw' ? 'he' : primary;
	return LOCALES.find((locale) => locale === code);
}

/**
 * The interface language: `?lang=` when it names one of ours, else the first of the browser's
 * languages that is, else English. `ignored` is the `lang` value that could not be used.
 */
export function pickLocale(
	param: string | null,
	languages: readonly string[]
): { locale: Locale; ignored?: string } {
	const asked = param ? supported(param) : undefined;
	if (asked) return { locale: asked };
	const preferred = languages.map(supported).find((locale) => locale !== undefined) ?? 'en';
	return param ? { locale: preferred, ignored: param } : { locale: preferred };
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}
