import type { Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/** A component fetched the first time it is wanted, then kept. */
function lazy(importer: () => Promise<{ default: Component }>): { load(): Promise<Component> } {
	let loading: Promise<Component> | undefined;
	return { load: () => (loading ??= importer().then((module) => module.default)) };
}

/**
 * Parts of the timeline a reader may never open load when first wanted, or when the pointer or
 * focus comes near them, rather than with the page. Each takes a box that is already there (the
 * list the drawing's, the panel its own below it), so showing it a moment later moves nothing.
 */
export const listView = lazy(() => import('./ListView.svelte'));
export const detailPanel = lazy(() => import('./DetailPanel.svelte'));

/** Starts loading a part once the pointer or the focus comes into `element`. */
export function loadsNear(part: { load(): Promise<Component> }): Attachment {
	return (element) => {
		const load = () => void part.load();
		element.addEventListener('pointerenter', load, { once: true });
		element.addEventListener('focusin', load, { once: true });
		return () => {
			element.removeEventListener('pointerenter', load);
			element.removeEventListener('focusin', load);
		};
	};
}
