import type { Attachment } from 'svelte/attachments';
import type { Move } from '../layout/focus-order';
import { ZOOM_STEP, type TimelineState } from '../state/timeline-state.svelte';
import { focusTracker, rovingElement } from './focus-tracker';

/** Share of the width that Shift and an arrow pan. */
const PAN_SHARE = 0.2;

const MOVES: Record<string, Move | 'first' | 'last'> = {
	ArrowLeft: 'previous',
	ArrowRight: 'next',
	ArrowUp: 'up',
	ArrowDown: 'down',
	Home: 'first',
	End: 'last'
};

/**
 * The timeline's keys. Anywhere in it but a field, link or button: + / - zoom (around the focused
 * event) and 0 shows everything. In the drawing: the arrows, Home and End move focus between
 * events, and Shift with ← or → pans. Zooming can remove the focused mark from the page for a
 * moment; the keys go on working until the reader focuses something else.
 */
export function keyboard(state: TimelineState): Attachment<HTMLElement> {
	return (root) => {
		const tracker = focusTracker(root);
		const onKey = (event: KeyboardEvent) => {
			const where = tracker.where();
			if (!where) return;
			if (event.ctrlKey || event.metaKey || event.altKey) return;
			if ((event.target as HTMLElement).closest?.('input, textarea, select, a, button')) return;
			const inCanvas = where === 'canvas';
			const anchor = inCanvas ? state.keyFocus.anchorX() : undefined;
			const move = MOVES[event.key];
			const actions: Record<string, () => void> = {
				'+': () => state.zoomBy(ZOOM_STEP, anchor),
				'=': () => state.zoomBy(ZOOM_STEP, anchor),
				'-': () => state.zoomBy(1 / ZOOM_STEP, anchor),
				_: () => state.zoomBy(1 / ZOOM_STEP, anchor),
				'0': () => state.fitAll()
			};
			let action = actions[event.key];
			if (inCanvas && event.shiftKey && (move === 'previous' || move === 'next')) {
				action = () => state.panPixels((move === 'next' ? 1 : -1) * state.width * PAN_SHARE);
			} else if (inCanvas && move && !event.shiftKey) {
				action = () => state.keyFocus.move(move);
			}
			if (!action) return;
			event.preventDefault();
			if (tracker.lost()) rovingElement(root)?.focus();
			action();
		};
		window.addEventListener('keydown', onKey);
		return () => {
			tracker.destroy();
			window.removeEventListener('keydown', onKey);
		};
	};
}
