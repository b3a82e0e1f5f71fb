import { replaceState } from '$app/navigation';
import type { Attachment } from 'svelte/attachments';
import { clampDomain } from '../scale/zoom';
import type { TimelineState } from '../state/timeline-state.svelte';
import { readViewParams, viewSearch } from '../url/view-params';

/**
 * Keeps the address in step with the view: on arrival, `from`/`to` and `event` from the address
 * set the view; afterwards each settled view and selection is written back with SvelteKit's
 * shallow `replaceState`, so every view and every event has a link and Back is not flooded.
 */
export function urlSync(state: TimelineState): Attachment {
	return () => {
		const initial = readViewParams(location.search);
		if (initial.domain) state.setDomain(clampDomain(initial.domain, state.bounds));
		if (initial.event && state.byId.has(initial.event)) state.select(initial.event);

		$effect(() => {
			const search = viewSearch(location.search, {
				domain: state.settledDomain,
				full: state.bounds.full,
				event: state.selectedId
			});
			if (search === location.search) return;
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page's own resolved path, with a new query
			replaceState(`${location.pathname}${search}${location.hash}`, {});
		});
	};
}
