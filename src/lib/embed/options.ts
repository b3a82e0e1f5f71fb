import { pickLocale, type Locale } from '../i18n/locale';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What an embed's address sets besides the view: its colours, which parts of the chrome it shows
 * and how its height is decided. Each is a parameter of `/embed`; defaults are left out of the
 * address.
 */
export interface EmbedOptions {
	/** `theme`: `auto` follows the reader's system setting. Default `light`. */
	readonly theme: Theme;
	/** `controls`: the search, the stories and the zoom buttons. Default shown. */
	readonly controls: boolean;
	/** `overview`: the strip of the whole timeline under the canvas. Default shown. */
	readonly overview: boolean;
	/** `list`: the folded list of events. Default shown. */
	readonly list: boolean;
	/** `title`: the dataset's title above the timeline. Default shown. */
	readonly title: boolean;
	/**
	 * `height`: a fixed height in CSS pixels, which the embed fills; none means the embed reports
	 * its height to its host as it changes.
	 */
	readonly height?: number;
	/**
	 * `lang`: the interface language, one of i18n/locale.ts's. Checked and kept in the address now,
	 * for the translations to come; the interface is in English until then.
	 */
	readonly lang?: Locale;
	/**
	 * `id`, or pym.js's `childId`: names the embed in the height messages it posts, so a host with
	 * several can tell them apart. Default `timeline`.
	 */
	readonly id: string;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
	theme: 'light',
	controls: true,
	overview: true,
	list: true,
	title: true,
	id: 'timeline'
};

/** A fixed height outside this range is a mistake rather than a layout. */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 5000;

/** Parameters of `/embed` that `/` does not read. `lang` is left to both. */
const EMBED_KEYS = ['theme', 'controls', 'overview', 'list', 'title', 'height', 'id'];
/** Parameters pym.js's parent script adds to the address of the frame it creates. */
const PYM_KEYS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'];

const FLAGS = ['controls', 'overview', 'list', 'title'] as const;
const HEIGHT = /^(\d{1,5})(?:px)?$/;
/** pym.js joins its message parts with "xPYMx", so an id must not contain it. */
const ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/** A parameter given a value the embed does not understand, as given. */
export interface IgnoredOption {
	readonly name: string;
	readonly value: string;
}

/** Reads the embed's options; a value it does not understand is ignored, and named. */
export function readEmbedOptions(search: string | URLSearchParams): {
	options: EmbedOptions;
	ignored: IgnoredOption[];
} {
	const params = new URLSearchParams(search);
	const ignored: IgnoredOption[] = [];
	const read = <T>(name: string, parse: (value: string) => T | undefined): T | undefined => {
		const value = params.get(name);
		if (value === null) return undefined;
		const parsed = parse(value);
		if (parsed === undefined) ignored.push({ name, value });
		return parsed;
	};
	const flags = Object.fromEntries(
		FLAGS.map((name) => [
			name,
			read(name, (value) => (value === '1' ? true : value === '0' ? false : undefined)) ??
				DEFAULT_EMBED_OPTIONS[name]
		])
	) as Record<(typeof FLAGS)[number], boolean>;
	const theme = read('theme', (value) => THEMES.find((theme) => theme === value));
	const height = read('height', (value) => {
		const px = Number(HEIGHT.exec(value)?.[1]);
		return px >= MIN_HEIGHT && px <= MAX_HEIGHT ? px : undefined;
	});
	const lang = read('lang', (value) => {
		const { locale, ignored } = pickLocale(value, []);
		return ignored === undefined ? locale : undefined;
	});
	const isId = (value: string) => (ID.test(value) ? value : undefined);
	const id = read('id', isId) ?? read('childId', isId);
	return {
		options: {
			...DEFAULT_EMBED_OPTIONS,
			...flags,
			...(theme ? { theme } : {}),
			...(height ? { height } : {}),
			...(lang ? { lang } : {}),
			...(id ? { id } : {})
		},
		ignored
	};
}

/**
 * Writes the options that differ from the defaults into `params`, after its other parameters and
 * always in the same order. Returns the same object for chaining.
 */
export function writeEmbedOptions(params: URLSearchParams, options: EmbedOptions): URLSearchParams {
	for (const key of [...EMBED_KEYS, 'lang']) params.delete(key);
	if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set('theme', options.theme);
	for (const name of FLAGS) {
		if (options[name] !== DEFAULT_EMBED_OPTIONS[name]) params.set(name, options[name] ? '1' : '0');
	}
	if (options.height !== undefined) params.set('height', String(Math.round(options.height)));
	if (options.lang) params.set('lang', options.lang);
	if (options.id !== DEFAULT_EMBED_OPTIONS.id) params.set('id', options.id);
	return params;
}

/**
 * A query of `/embed` as `/` reads it: without the options only an embed reads, or those pym.js
 * adds (with its "?", or empty).
 */
export function withoutEmbedOptions(search: string): string {
	const params = new URLSearchParams(search);
	for (const key of [...EMBED_KEYS, ...PYM_KEYS]) params.delete(key);
	return params.size > 0 ? `?${params}` : '';
}
