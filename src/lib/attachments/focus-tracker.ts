/** The drawing of a timeline, which holds its focusable marks. */
export function canvasOf(root: HTMLElement): SVGSVGElement | null {
	return root.querySelector<SVGSVGElement>('svg[data-canvas]');
}

/** The one item of the drawing that Tab reaches, or the drawing itself when it has none. */
export function rovingElement(root: HTMLElement): SVGElement | null {
	const canvas = canvasOf(root);
	return canvas?.querySelector<SVGElement>('[tabindex="0"]') ?? canvas;
}

export type FocusPlace = 'canvas' | 'root';

export interface FocusTracker {
	/**
	 * Where focus is: in the drawing, elsewhere in the timeline, or outside it (null). Focus on a
	 * mark that zooming removed counts as still where it was.
	 */
	where(): FocusPlace | null;
	/** Whether the focused element left the page, dropping focus to the body. */
	lost(): boolean;
	destroy(): void;
}

/**
 * Follows focus in and out of a timeline. Browsers drop focus to the body, without an event, when
 * the focused element is removed, as a mark is when zooming folds it into a cluster; the element
 * focused last tells that apart from the reader leaving.
 */
export function focusTracker(root: HTMLElement): FocusTracker {
	let last: Element | null = null;
	let lastPlace: FocusPlace | null = null;
	const place = (node: Node | null): FocusPlace | null => {
		if (!node || !root.contains(node)) return null;
		return canvasOf(root)?.contains(node) ? 'canvas' : 'root';
	};
	const onFocus = (event: FocusEvent) => {
		last = event.target instanceof Element ? event.target : null;
		lastPlace = place(last);
	};
	const lost = () => {
		const active = document.activeElement;
		return (active === null || active === document.body) && !!last && !last.isConnected;
	};
	document.addEventListener('focusin', onFocus);
	return {
		where: () => (lost() ? lastPlace : place(document.activeElement)),
		lost,
		destroy: () => document.removeEventListener('focusin', onFocus)
	};
}
