import { writeEmbedOptions, type EmbedOptions } from './options';

/**
 * The embed's address: `page` (the absolute address of `/embed`) with the view's query and the
 * options that differ from the defaults.
 */
export function embedSrc(page: string, viewSearch: string, options: EmbedOptions): string {
	const params = writeEmbedOptions(new URLSearchParams(viewSearch), options);
	return params.size > 0 ? `${page}?${params}` : page;
}

/**
 * About how tall an auto-height embed is in a 720-px column, by the parts it shows (measured on
 * the default dataset): the height it starts at, so that the host's page moves little when the
 * embed reports its real height.
 */
export function expectedHeight(options: EmbedOptions): number {
	const parts: [boolean, number][] = [
		[true, 535],
		[options.title, 26],
		[options.controls, 56],
		[options.overview, 52],
		[options.list, 30]
	];
	return parts.reduce((sum, [shown, px]) => sum + (shown ? px : 0), 0);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function attribute(value: string): string {
	return value.replace(/[&"<>]/g, (c) => ENTITIES[c]!);
}

export interface SnippetInput {
	/** The embed's absolute address, with the view and the options in its query. */
	readonly src: string;
	/** The iframe's accessible name: the timeline's title. */
	readonly title: string;
	/** The fixed height, or the height an auto-height embed starts at until it reports its own. */
	readonly height: number;
	/** Absolute address of embed.js, for an embed that reports its height; none for a fixed one. */
	readonly script?: string;
}

/**
 * The HTML a host pastes. Loading waits until the reader nears the embed; the host page's address
 * is not sent, only its origin; clipboard and share sheet are allowed so the panel's Share
 * works inside the frame.
 */
export function embedSnippet({ src, title, height, script }: SnippetInput): string {
	const iframe =
		`<iframe src="${attribute(src)}" title="${attribute(title)}" loading="lazy"` +
		` referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write; web-share"` +
		` height="${Math.round(height)}" style="width:100%;border:0"></iframe>`;
	return script ? `${iframe}\n<script async src="${attribute(script)}"></script>` : iframe;
}
