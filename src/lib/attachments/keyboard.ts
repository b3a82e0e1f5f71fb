import type { Attachment } from 'svelte/attachments';
import { ZOOM_STEP, type TimelineState } from '../state/timeline-state.svelte';

/** Share of the width that one arrow key press pans. */
const PAN_SHARE = 0.2;

/** Keyboard zoom and pan anywhere inside the timeline: + / - / 0 and the left and right arrows. */
export function keyboard(state: TimelineState): Attachment<HTMLElement | SVGElement> {
	return (element) => {
		const onKey = (event: Event) => {
			const { key, ctrlKey, metaKey, altKey } = event as KeyboardEvent;
			if (ctrlKey || metaKey || altKey) return;
			const actions: Record<string, () => void> = {
				'+': () => state.zoomBy(ZOOM_STEP),
				'=': () => state.zoomBy(ZOOM_STEP),
				'-': () => state.zoomBy(1 / ZOOM_STEP),
				_: () => state.zoomBy(1 / ZOOM_STEP),
				'0': () => state.fitAll(),
				ArrowLeft: () => state.panPixels(-state.width * PAN_SHARE),
				ArrowRight: () => state.panPixels(state.width * PAN_SHARE)
			};
			const action = actions[key];
			if (!action) return;
			event.preventDefault();
			action();
		};
		element.addEventListener('keydown', onKey);
		return () => element.removeEventListener('keydown', onKey);
	};
}
