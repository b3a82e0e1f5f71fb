/** The interface languages, English first: the one every page is prerendered in. */
export const LOCALES = ['en', 'ar', 'he'] as const;
export type Locale = (typeof LOCALES)[number];

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar', 'he']);

/** The primary language subtag of a language tag, in lower case: "ar-EG" → "ar", "he_IL" → "he". */
export function primaryLanguage(tag: string): string {
	return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The language a timeline's dates and numbers are written in, from its own: a timeline whose
 * language is not known ("und", as imported TimelineJS and CSV files are) is written as this
 * project's English is, "5 September 2023", rather than in whatever the browser's default is.
 */
export function datesLocale(language: string): string {
	const primary = primaryLanguage(language);
	return primary === '' || primary === 'und' ? 'en-GB' : language;
}

/** The primary language subtag of a BCP 47 tag, if it is one of ours: "ar-EG" → "ar". */
function supported(tag: string): Locale | undefined {
	const primary = primaryLanguage(tag);
	// "iw" is the old code for Hebrew, still sent by some systems.
	const code = primary === 'iw' ? 'he' : primary;
	return LOCALES.find((locale) => locale === code);
}

/** A tag Intl can use, or the locale itself: "ar-EG" stays, "ar_EG" or "ar-XX-!" does not. */
function formattingTag(tag: string, locale: Locale): string {
	try {
		const [canonical] = Intl.getCanonicalLocales(tag.trim());
		return canonical && supported(canonical) === locale ? canonical : locale;
	} catch {
		return locale;
	}
}

/**
 * The interface language: `?lang=` when it names one of ours, else the first of the browser's
 * languages that is, else English. `tag` is the full tag that chose it, for dates and numbers
 * ("ar-EG" writes Arabic-Indic digits); `ignored` is the `lang` value that could not be used.
 */
export function pickLocale(
	param: string | null,
	languages: readonly string[]
): { locale: Locale; tag: string; ignored?: string } {
	const asked = param ? supported(param) : undefined;
	if (param && asked) return { locale: asked, tag: formattingTag(param, asked) };
	const choice = languages.find((tag) => supported(tag) !== undefined);
	const locale = (choice === undefined ? undefined : supported(choice)) ?? 'en';
	const tag = choice ? formattingTag(choice, locale) : locale;
	return param ? { locale, tag, ignored: param } : { locale, tag };
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}
