import { getContext, setContext } from 'svelte';
import type { Reader } from '../data/localise';
import { directionOf, type Locale } from './locale';
import { num, useNumbers } from './numbers';
import { strings, type Strings } from './strings';

const KEY = Symbol('i18n');

/** Each translation loads only when a reader asks for it; English is always in the page. */
const TRANSLATIONS: Record<Exclude<Locale, 'en'>, () => Promise<Strings>> = {
	ar: async () => (await import('./locales/ar')).ar,
	he: async () => (await import('./locales/he')).he
};

/**
 * The interface language of one page: English when prerendered, then whatever the reader asked
 * for once the page runs. Components read `t` for every string, so switching redraws them.
 */
export class I18n {
	locale: Locale = $state('en');
	/** The reader's own tag for the language, which dates and numbers follow ("ar-EG"). */
	tag: string = $state('en');
	t: Strings = $state.raw(strings);
	readonly dir = $derived(directionOf(this.locale));
	readonly reader: Reader = $derived({ locale: this.locale, tag: this.tag });

	async use(locale: Locale, tag: string = locale): Promise<void> {
		const t = locale === 'en' ? strings : await TRANSLATIONS[locale]();
		useNumbers(tag);
		this.t = t;
		this.locale = locale;
		this.tag = tag;
	}

	/** A count in the reader's digits, redrawn when the language changes: "127", "١٢٧". */
	count(value: number): string {
		// Read for its dependency: the digits follow the tag.
		void this.tag;
		return num(value);
	}
}

export function setI18n(i18n: I18n): I18n {
	return setContext(KEY, i18n);
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('The root layout must provide the interface language.');
	return i18n;
}
