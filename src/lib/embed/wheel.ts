/**
 * Whether a wheel over an embedded timeline zooms it. With Ctrl or ⌘ held it does (trackpad
 * pinches arrive as Ctrl + wheel too), and so it does once the reader has clicked or focused the
 * timeline; otherwise the wheel scrolls the page around the embed, as a reader scrolling through
 * an article expects.
 */
export function wheelZooms(
	event: { ctrlKey: boolean; metaKey: boolean },
	engaged: boolean
): boolean {
	return engaged || event.ctrlKey || event.metaKey;
}

/** The key the hint names: ⌘ on Apple platforms, Ctrl elsewhere. */
export function zoomKey(platform: string): 'Ctrl' | '⌘' {
	return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘' : 'Ctrl';
}
