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
