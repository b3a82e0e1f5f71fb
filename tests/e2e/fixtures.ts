import { test as base, expect, type BrowserContext } from '@playwright/test';

export { expect };

/** What went wrong in the browser while a test ran, and what the test said it would cause. */
export interface Problems {
	/**
	 * Declares a problem this test causes on purpose, such as the 404 of a missing dataset. The
	 * test fails if it does not happen, so the declaration cannot outlive the behaviour.
	 */
	expect(pattern: RegExp): void;
	/**
	 * Declares an HTTP error response this test causes on purpose, and the console message
	 * Chromium logs for it.
	 */
	expectHttpError(status: number, url: string): void;
	/** Watches a context the test made itself with `browser.newContext()`. */
	watch(context: BrowserContext, options: { javaScriptEnabled: boolean }): void;
}

/**
 * Listens to one context. Requests the browser aborts itself (a link followed while the page still
 * loads) are not problems. With JavaScript off, Chromium refuses the page's module scripts and
 * reports each as a request failed for "csp": that is the setting at work, not a problem.
 */
function record(context: BrowserContext, seen: string[], javaScriptEnabled: boolean): void {
	context.on('console', (message) => {
		if (message.type() === 'error') {
			seen.push(`console error: ${message.text()} (${message.location().url})`);
		}
	});
	context.on('weberror', (error) => seen.push(`page error: ${error.error().message}`));
	context.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? 'unknown';
		if (!javaScriptEnabled && reason === 'csp' && request.resourceType() === 'script') return;
		// The browser's own cancellation when the page navigates away mid-load: not a failure.
		if (reason === 'net::ERR_ABORTED') return;
		seen.push(`request failed: ${request.url()} (${reason})`);
	});
	context.on('response', (response) => {
		if (response.status() >= 400) seen.push(`HTTP ${response.status()}: ${response.url()}`);
	});
}

/**
 * Every browser test uses this `test`: it records console errors, uncaught exceptions, failed
 * requests and HTTP errors in every page and frame of the test's context, and fails the test at
 * its end on any it did not declare with `problems.expect(...)`.
 */
export const test = base.extend<{ problems: Problems }>({
	problems: [
		async ({ context, javaScriptEnabled }, use) => {
			const seen: string[] = [];
			const expected: RegExp[] = [];
			record(context, seen, javaScriptEnabled ?? true);
			await use({
				expect: (pattern) => expected.push(pattern),
				expectHttpError: (status, url) => {
					const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
					expected.push(new RegExp(`^HTTP ${status}: ${escaped}$`));
					expected.push(
						new RegExp(`^console error: Failed to load resource: .*${status}.* \\(${escaped}\\)$`)
					);
				},
				watch: (other, options) => record(other, seen, options.javaScriptEnabled)
			});
			const unexpected = seen.filter((problem) => !expected.some((p) => p.test(problem)));
			const missing = expected.filter((p) => !seen.some((problem) => p.test(problem)));
			expect(unexpected, 'unexpected problems in the browser').toEqual([]);
			expect(missing.map(String), 'declared problems that did not happen').toEqual([]);
		},
		{ auto: true }
	]
});
