/**
 * Whether a component renders over prerendered markup (the page's hydration) or on the client
 * only (a dataset loaded from an address or a file, or a view opened later). Prerendered markup
 * must be matched as it is; a client render can leave what is not yet in view for later.
 */
let hydrated = false;

/** Called once the page has hydrated (the root layout's mount). */
export function markHydrated(): void {
	hydrated = true;
}

/** True for components created after the page hydrated, which render on the client only. */
export function rendersOnClient(): boolean {
	return hydrated;
}

/** Longest wait for an idle moment before `whenIdle` runs its work anyway. */
const IDLE_TIMEOUT_MS = 300;

/**
 * Runs `work` once the browser has painted and is idle, or after IDLE_TIMEOUT_MS at the latest:
 * for what is below the fold, so that it never delays the frame above it. Browsers without
 * `requestIdleCallback` run it in the next task.
 */
export function whenIdle(work: () => void): void {
	if (typeof requestIdleCallback === 'function') {
		requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
	} else {
		setTimeout(work, 0);
	}
}
