/**
 * The address the site is published at, for canonical links, Open Graph and oEmbed, which need
 * absolute URLs. Set `SITE_URL` when building for a host; the default is the local preview.
 */
export function siteOrigin(): string {
	return (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
}

/** The site's preview picture (static/screenshot.png), for link previews and oEmbed. */
export const SCREENSHOT = { path: '/screenshot.png', width: 1280, height: 800 } as const;
