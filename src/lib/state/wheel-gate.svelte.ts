/** How long the hint stays after the last wheel that scrolled the page instead of zooming. */
const HINT_MS = 1500;

/**
 * An embedded timeline's wheel: whether the reader has engaged it (clicked or focused it, and
 * not left it since), and the brief hint shown when a wheel scrolls the page instead of zooming.
 */
export class WheelGate {
	/** Read by the zoom gesture on each wheel event, never by the template: not reactive. */
	engaged = false;
	hint = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** A wheel went to the page: show the hint, or keep it up while the wheel keeps turning. */
	refused(): void {
		this.hint = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.hint = false), HINT_MS);
	}
}
