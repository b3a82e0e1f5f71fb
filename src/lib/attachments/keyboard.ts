import type { Attachment } from 'svelte/attachments';
import { ZOOM_STEP, type TimelineState } from '../state/timeline-state.svelte';

/** Share of the width that one arrow key press pans. */
const PAN_SHARE = 0.2;

/**
 * Keyboard zoom and pan while the timeline has focus: + / - / 0 and the left and right arrows.
 * Zooming can remove the focused mark from the page; focus then falls to the body, so keys keep
 * working until the reader focuses something outside the timeline, and focus returns to its SVG.
 */
export function keyboard(state: TimelineState): Attachment<HTMLElement> {
	return (root) => {
		let inside = false;
		const onFocus = (event: FocusEvent) => {
			inside = root.contains(event.target as Node);
		};
		const onKey = (event: KeyboardEvent) => {
			const active = document.activeElement;
			const focusLost = inside && (active === null || active === document.body);
			if (!root.contains(active) && !focusLost) return;
			if (event.ctrlKey || event.metaKey || event.altKey) return;
			if ((event.target as HTMLElement).closest?.('input, textarea, select, a, button')) return;
			const actions: Record<string, () => void> = {
				'+': () => state.zoomBy(ZOOM_STEP),
				'=': () => state.zoomBy(ZOOM_STEP),
				'-': () => state.zoomBy(1 / ZOOM_STEP),
				_: () => state.zoomBy(1 / ZOOM_STEP),
				'0': () => state.fitAll(),
				ArrowLeft: () => state.panPixels(-state.width * PAN_SHARE),
				ArrowRight: () => state.panPixels(state.width * PAN_SHARE)
			};
			const action = actions[event.key];
			if (!action) return;
			event.preventDefault();
			if (focusLost) root.querySelector<SVGElement>('svg')?.focus();
			action();
		};
		document.addEventListener('focusin', onFocus);
		window.addEventListener('keydown', onKey);
		return () => {
			document.removeEventListener('focusin', onFocus);
			window.removeEventListener('keydown', onKey);
		};
	};
}
