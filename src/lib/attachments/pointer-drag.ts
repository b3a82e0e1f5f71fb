/**
 * Follows a drag that began on an element wherever the pointer goes, as d3-drag did: moves and the
 * release are heard on the window, and the page's text is not selected or dragged meanwhile.
 * Returns the function that stops listening.
 */
export function whileDragging(
	onMove: (event: PointerEvent) => void,
	onEnd: (event: PointerEvent) => void
): () => void {
	const prevent = (event: Event) => event.preventDefault();
	window.addEventListener('pointermove', onMove);
	window.addEventListener('pointerup', onEnd);
	window.addEventListener('pointercancel', onEnd);
	window.addEventListener('selectstart', prevent);
	window.addEventListener('dragstart', prevent);
	return () => {
		window.removeEventListener('pointermove', onMove);
		window.removeEventListener('pointerup', onEnd);
		window.removeEventListener('pointercancel', onEnd);
		window.removeEventListener('selectstart', prevent);
		window.removeEventListener('dragstart', prevent);
	};
}

/**
 * Swallows the click that follows a drag (or a double tap), so that a drag that began on a mark does
 * not open it. The click comes at once after a mouse's release, a little later after a finger's.
 */
export function suppressNextClick(within = 0): void {
	const swallow = (event: Event) => {
		event.preventDefault();
		event.stopImmediatePropagation();
		stop();
	};
	const stop = () => window.removeEventListener('click', swallow, true);
	window.addEventListener('click', swallow, true);
	setTimeout(stop, within);
}
