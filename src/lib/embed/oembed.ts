import { DEFAULT_EMBED_OPTIONS } from './options';
import { embedSnippet, embedSrc, expectedHeight } from './snippet';

/** An oEmbed 1.0 "rich" response: https://oembed.com/#section2.3.4 */
export interface OEmbedRich {
	readonly version: '1.0';
	readonly type: 'rich';
	readonly title: string;
	readonly provider_name: string;
	readonly provider_url: string;
	readonly html: string;
	readonly width: number;
	readonly height: number;
	readonly thumbnail_url?: string;
	readonly thumbnail_width?: number;
	readonly thumbnail_height?: number;
}

export interface Thumbnail {
	/** Absolute address. */
	readonly url: string;
	readonly width: number;
	readonly height: number;
}

export interface OEmbedInput {
	/** Where the site is published, without a trailing slash. */
	readonly origin: string;
	/** What the embed shows: the timeline's or the event's title. */
	readonly title: string;
	/** The site's name: the timeline's title. */
	readonly provider: string;
	/** The view the embed opens on, as the query of `/` gives it (with its "?", or empty). */
	readonly viewSearch: string;
	readonly thumbnail?: Thumbnail;
}

/**
 * The column width the embed's height is given for (see expectedHeight). The iframe itself takes
 * the width of its column, whatever the consumer's, and reports its height.
 */
export const OEMBED_WIDTH = 720;

/** The oEmbed document of one view: the embed code as the embed dialog gives it by default. */
export function oEmbedDocument(input: OEmbedInput): OEmbedRich {
	const options = DEFAULT_EMBED_OPTIONS;
	const height = expectedHeight(options);
	const { thumbnail } = input;
	return {
		version: '1.0',
		type: 'rich',
		title: input.title,
		provider_name: input.provider,
		provider_url: `${input.origin}/`,
		html: embedSnippet({
			src: embedSrc(`${input.origin}/embed`, input.viewSearch, options),
			title: input.title,
			height,
			script: `${input.origin}/embed.js`
		}),
		width: OEMBED_WIDTH,
		height,
		...(thumbnail
			? {
					thumbnail_url: thumbnail.url,
					thumbnail_width: thumbnail.width,
					thumbnail_height: thumbnail.height
				}
			: {})
	};
}
