/**
 * Script for the embed's head, run before its first paint: without it a dark embed would show the
 * light page until the app has started. It marks the document dark as the `theme` option asks
 * (see options.ts); once started, the app keeps the theme on the embed's root.
 */
export const FIRST_PAINT_THEME =
	"{const theme = new URLSearchParams(location.search).get('theme');" +
	" if (theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches))" +
	" document.documentElement.dataset.theme = 'dark';}";
