/**
 * Addresses from imported files. Only http: and https: survive, so `javascript:` and `data:`
 * links can never reach an `href` or `src`; relative ones resolve against the dataset's own
 * address, as a browser would resolve them on the page that published the timeline.
 */
export type Address =
	| { readonly ok: true; readonly url: string }
	| { readonly ok: false; readonly reason: 'relative' | 'scheme' | 'invalid' };

export function webAddress(raw: string, baseUrl?: string): Address {
	const text = raw.trim();
	// An empty address or a bare #fragment would resolve to the dataset file itself.
	if (text === '' || text.startsWith('#')) return { ok: false, reason: 'invalid' };
	let url: URL;
	try {
		url = new URL(text, baseUrl);
	} catch {
		// Without a base, only an absolute address parses; anything else that looks like a path is
		// relative, which only the dataset's own address could resolve.
		const relative = baseUrl === undefined && /^[^\s:]+$/.test(text);
		return { ok: false, reason: relative ? 'relative' : 'invalid' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
	return { ok: true, url: url.href };
}

const IMAGE_PATH = /\.(?:avif|bmp|gif|jpe?g|png|svg|webp)$/i;

/** Whether an address names an image file by its extension, as TimelineJS itself decides. */
export function isImageAddress(url: string): boolean {
	return IMAGE_PATH.test(new URL(url).pathname);
}
