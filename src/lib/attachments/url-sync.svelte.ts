import { replaceState } from '$app/navigation';
import type { Attachment } from 'svelte/attachments';
import { strings } from '../i18n/strings';
import { clampDomain } from '../scale/zoom';
import type { RouterStatus } from '../state/router.svelte';
import type { TimelineState } from '../state/timeline-state.svelte';
import { readViewParams, viewSearch } from '../url/view-params';

/** What an address asked for that this timeline cannot show, as a sentence for the reader. */
function ignoredNotice(search: string, state: TimelineState): string | null {
	const { domain, event, unreadable } = readViewParams(search);
	const parts: string[] = [];
	if (unreadable) parts.push(strings.notice.unreadableView(unreadable.from, unreadable.to));
	if (event && !state.byId.has(event)) parts.push(strings.notice.unknownEvent(event, !domain));
	return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Keeps the address in step with the view: on arrival, `from`/`to` and `event` from the address
 * set the view, and what cannot be read is named in a notice; afterwards each settled view and
 * selection is written back with SvelteKit's shallow `replaceState`, so every view and every
 * event has a link and Back is not flooded. Nothing is written until the router has started:
 * before that, while the prerendered page hydrates, `replaceState` throws.
 */
export function urlSync(state: TimelineState, router: RouterStatus): Attachment {
	return () => {
		const initial = readViewParams(location.search);
		if (initial.domain) state.setDomain(clampDomain(initial.domain, state.bounds));
		if (initial.event && state.byId.has(initial.event)) state.select(initial.event);
		state.notice = ignoredNotice(location.search, state);

		$effect(() => {
			if (!router.started) return;
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
