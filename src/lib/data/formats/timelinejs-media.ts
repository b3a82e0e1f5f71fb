import type { LinkInput, MediaInput } from '../schema';
import { htmlToLine, type Link } from './html-text';
import type { Notes } from './notes';
import { isImageAddress, webAddress } from './web-address';
import { textOf, type Fields } from './values';

/**
 * A TimelineJS slide's `media`. Our events show one image, so an image address becomes the event's
 * image (its thumbnail stands in when the media is a video or a page), and any other web address
 * (YouTube, a map, a Wikipedia page) becomes a link, titled by its caption. Embed code and
 * addresses that are not http: or https: are left out.
 */
export interface MediaRead {
	readonly media?: MediaInput;
	readonly links: readonly Link[];
}

/** Describes the image for readers who cannot see it, from the best text the slide has. */
function altText(fields: Fields, caption: string, title: string): string {
	return (
		htmlToLine(textOf(fields.alt)).line || caption || htmlToLine(textOf(fields.title)).line || title
	);
}

export function readMedia(
	value: unknown,
	context: { baseUrl?: string; notes: Notes; where: string; title: string }
): MediaRead {
	if (typeof value !== 'object' || value === null) return { links: [] };
	const fields = value as Fields;
	const raw = textOf(fields.url).trim();
	if (raw === '') return { links: [] };
	if (raw.startsWith('<')) {
		context.notes.add('media-embed', context.where);
		return { links: [] };
	}
	const address = webAddress(raw, context.baseUrl);
	if (!address.ok) {
		const kind = address.reason === 'relative' ? 'media-relative' : 'media-scheme';
		context.notes.add(kind, JSON.stringify(raw));
		return { links: [] };
	}
	const caption = htmlToLine(textOf(fields.caption), context.baseUrl);
	const credit = htmlToLine(textOf(fields.credit), context.baseUrl);
	const links: LinkInput[] = [...caption.links, ...credit.links];
	const thumbnail = webAddress(textOf(fields.thumbnail), context.baseUrl);
	let image = address.url;
	if (!isImageAddress(address.url)) {
		context.notes.add('media-link', address.url);
		const title =
			caption.line || htmlToLine(textOf(fields.title)).line || new URL(address.url).host;
		links.unshift({ title, url: address.url });
		if (!thumbnail.ok || !isImageAddress(thumbnail.url)) return { links };
		image = thumbnail.url;
	}
	const media: MediaInput = {
		url: image,
		alt: altText(fields, caption.line, context.title),
		...(credit.line ? { credit: credit.line } : {}),
		...(caption.line ? { caption: caption.line } : {})
	};
	return { media, links };
}
