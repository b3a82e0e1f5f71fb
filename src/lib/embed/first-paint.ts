/**
 * Script for the embed's head, run before its first paint so that the embed never shows another
 * theme first: it sets the document's theme (app.css) as the `theme` option asks (options.ts),
 * light unless the address says `dark`, or `auto` to follow the reader's system. An embed ignores
 * the theme the reader chose on the site: its host page decides.
 */
export const FIRST_PAINT_THEME =
	"{const theme = new URLSearchParams(location.search).get('theme');" +
	" if (theme !== 'auto') document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : 'light';}";
