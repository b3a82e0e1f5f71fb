import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
	vi.resetModules();
});

describe('whenIdle', () => {
	it('hands the work to requestIdleCallback with a deadline', async () => {
		const requestIdleCallback = vi.fn();
		vi.stubGlobal('requestIdleCallback', requestIdleCallback);
		const { whenIdle } = await import('../../src/lib/state/idle');
		const work = () => undefined;
		whenIdle(work);
		expect(requestIdleCallback).toHaveBeenCalledWith(work, { timeout: 300 });
	});

	it('runs the work in the next task where there is no requestIdleCallback', async () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const { whenIdle } = await import('../../src/lib/state/idle');
		const work = vi.fn();
		whenIdle(work);
		expect(work).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(work).toHaveBeenCalledOnce();
	});
});
