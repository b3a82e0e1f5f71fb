import type { WheelGate } from '../state/wheel-gate.svelte';

/**
 * Keeps `gate.engaged` true from the moment the reader presses on or focuses `element` until they
 * press on or focus something else, or leave the frame. Focus that falls to the body because a
 * zoom removed the focused mark is not a reader leaving: it keeps the timeline engaged.
 */
export function trackEngagement(element: Element, gate: WheelGate): () => void {
	const engage = (event: Event) => {
		gate.engaged = element.contains(event.target as Node);
	};
	const leave = () => {
		gate.engaged = false;
	};
	// Capture: the press is heard before anything inside the timeline can stop it.
	document.addEventListener('pointerdown', engage, true);
	document.addEventListener('focusin', engage);
	window.addEventListener('blur', leave);
	return () => {
		document.removeEventListener('pointerdown', engage, true);
		document.removeEventListener('focusin', engage);
		window.removeEventListener('blur', leave);
	};
}
