import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { FocusKey } from '../layout/focus-order';
import type { TimelineState } from '../state/timeline-state.svelte';
import { focusTracker, rovingElement } from './focus-tracker';

/** The focus key an element of the drawing carries in its data attributes. */
function keyOf(target: EventTarget | null): FocusKey | null {
	if (!(target instanceof Element)) return null;
	const data = (name: string) => target.getAttribute(name);
	const event = data('data-event-id');
	if (event !== null) return { kind: 'event', id: event };
	const cluster = data('data-cluster-id');
	if (cluster !== null) return { kind: 'cluster', id: cluster };
	const era = data('data-era-id');
	return era === null ? null : { kind: 'era', id: era };
}

/**
 * Keeps keyboard focus on the timeline's current item: focus arriving at an item makes it
 * current; when a key moves the current item, or a zoom removes the focused mark, focus follows
 * once the view has settled, so a gesture does not make it hop from mark to mark; and when the
 * panel closes, focus comes back to the event it showed.
 */
export function focusKeeper(state: TimelineState): Attachment<HTMLElement> {
	return (root) => {
		const tracker = focusTracker(root);
		const onFocus = (event: FocusEvent) => {
			const key = keyOf(event.target);
			if (key) state.keyFocus.focused(key);
		};
		root.addEventListener('focusin', onFocus);
		let answered = untrack(() => state.keyFocus.requested);

		$effect(() => {
			void state.keyFocus.rovingKey;
			void state.settledDomain;
			const requested = state.keyFocus.requested;
			untrack(() => {
				if (state.listView || state.animating || state.domain !== state.settledDomain) return;
				if (requested === answered && tracker.where() !== 'canvas') return;
				answered = requested;
				const element = rovingElement(root);
				if (element && document.activeElement !== element) element.focus();
			});
		});

		return () => {
			tracker.destroy();
			root.removeEventListener('focusin', onFocus);
		};
	};
}
