import { pushState, replaceState } from '$app/navigation';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { FACETS, type Facet, type Query } from '../filter/query';
import { clampDomain } from '../scale/zoom';
import type { RouterStatus } from '../state/router.svelte';
import type { Ignored } from '../state/notice';
import type { TimelineState } from '../state/timeline-state.svelte';
import { readViewParams, viewSearch, type ViewParams } from '../url/view-params';

/** Applies an address to the view and returns what it asked for that this timeline cannot show. */
function apply(params: ViewParams, state: TimelineState): Ignored[] {
	const { timeline } = state;
	const ignored: Ignored[] = [];
	if (params.unreadable) {
		ignored.push({ kind: 'view', ...params.unreadable });
	}
	const known: Record<Facet, Set<string>> = {
		category: new Set(timeline.categories.map((c) => c.id)),
		actor: new Set(timeline.actors.map((a) => a.id)),
		topic: new Set(timeline.topics.map((t) => t.id))
	};
	const query = { ...params.query } as { -readonly [K in keyof Query]: Query[K] };
	for (const facet of FACETS) {
		query[facet] = params.query[facet].filter((value) => {
			const ok = known[facet].has(value);
			if (!ok) ignored.push({ kind: facet, id: value });
			return ok;
		});
	}
	state.filter.jumpTo(query);

	const story = timeline.stories.find((s) => s.id === params.story);
	if (params.story && !story) ignored.push({ kind: 'story', id: params.story });
	if (story) {
		// A story step opens its own event, and shows it unless the address gives a view.
		state.story.go(story.id, params.step);
	} else {
		state.story.go(null);
		const event = params.event && state.byId.has(params.event) ? params.event : null;
		if (params.event && !event) {
			ignored.push({ kind: 'event', id: params.event, showingAll: !params.domain });
		}
		state.select(event);
	}
	if (params.domain) state.jumpTo(clampDomain(params.domain, state.bounds));
	else if (!story) state.jumpTo(state.bounds.full);
	return ignored;
}

export interface UrlSyncOptions {
	/**
	 * Whether opening an event or a story step adds a history entry. Not in an embed: a frame's
	 * entries are its host page's too, so Back would walk the embed before it left the article.
	 */
	readonly history?: boolean;
	/** What the page itself read from the address and could not follow, for the same notice. */
	readonly ignored?: readonly Ignored[];
}

/**
 * Keeps the address in step with the view. On arrival, and when Back or Forward returns to an
 * earlier address, the address sets the view, the search, the story and the open event, and what
 * cannot be read is named in a notice. Afterwards each change is written back: opening an event
 * or a story step adds a history entry, so Back closes it or returns to the previous step;
 * zooming and typing replace the entry, so Back is not flooded. Nothing is written until the
 * router has started: before that, while the prerendered page hydrates, SvelteKit's
 * `replaceState` and `pushState` throw.
 */
export function urlSync(
	state: TimelineState,
	router: RouterStatus,
	{ history = true, ignored = [] }: UrlSyncOptions = {}
): Attachment {
	return () => {
		// Untracked: the attachment must not re-run when the state it sets changes.
		untrack(() => {
			state.notice = [...ignored, ...apply(readViewParams(location.search), state)];
		});
		let written = readViewParams(location.search);

		const onPopState = () => {
			written = readViewParams(location.search);
			apply(written, state);
		};
		addEventListener('popstate', onPopState);

		$effect(() => {
			if (!router.started) return;
			const view = state.address;
			const search = viewSearch(location.search, view);
			if (search === location.search) return;
			const next = readViewParams(search);
			const opened =
				next.event !== written.event || next.story !== written.story || next.step !== written.step;
			written = next;
			const url = `${location.pathname}${search}${location.hash}`;
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page's own resolved path, with a new query
			if (history && opened && next.event) pushState(url, {});
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- as above
			else replaceState(url, {});
		});

		return () => removeEventListener('popstate', onPopState);
	};
}
