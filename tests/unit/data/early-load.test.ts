import { describe, expect, it } from 'vitest';
import { EARLY_LOAD_KEY, earlyLoadScript, type EarlyLoad } from '../../../src/lib/data/early-load';

/** A stand-in for the browser's Worker that records what it is given. */
class FakeWorker {
	static made: FakeWorker[] = [];
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(
		readonly url: string,
		readonly options: unknown
	) {
		FakeWorker.made.push(this);
	}
}

/** Runs the head script in a fake page at `href`; returns what it left on `window` and `<html>`. */
function run(href: string, worker: unknown = FakeWorker) {
	FakeWorker.made = [];
	const window: Record<string, unknown> = {};
	const documentElement = { dataset: {} as Record<string, string> };
	const location = new URL(href);
	new Function('window', 'location', 'document', 'Worker', earlyLoadScript('/w.js'))(
		window,
		location,
		{ documentElement },
		worker
	);
	return {
		early: window[EARLY_LOAD_KEY] as EarlyLoad | undefined,
		dataset: documentElement.dataset
	};
}

describe('earlyLoadScript', () => {
	it('does nothing without ?src=, so the default page keeps its prerendered timeline', () => {
		const { early, dataset } = run('https://t.test/?from=1990');
		expect(early).toBeUndefined();
		expect(FakeWorker.made).toEqual([]);
		expect(dataset).toEqual({});
	});

	it('starts the module worker, named with the address and the page, and hides the default timeline', () => {
		const { early, dataset } = run('https://t.test/embed?src=data%2Ft.json');
		expect(early?.src).toBe('data/t.json');
		const request = { src: 'data/t.json', base: 'https://t.test/embed?src=data%2Ft.json' };
		expect(FakeWorker.made.map((w) => [w.url, w.options])).toEqual([
			['/w.js', { type: 'module', name: JSON.stringify(request) }]
		]);
		expect(dataset).toEqual({ srcLoading: '' });
	});

	it('keeps what the worker says before the page listens, in order, and a failure', () => {
		const { early } = run('https://t.test/?src=a.json');
		const worker = FakeWorker.made[0];
		worker?.onmessage?.({ data: { stage: 'validating' } });
		worker?.onmessage?.({ data: { result: { ok: false, errors: ['x'] } } });
		worker?.onerror?.();
		expect(early?.messages).toEqual([
			{ stage: 'validating' },
			{ result: { ok: false, errors: ['x'] } }
		]);
		expect(early?.failed).toBe(true);
	});

	it('leaves the page to start its own worker where none can start, hiding nothing', () => {
		const refuse = function () {
			throw new Error('blocked');
		};
		const { early, dataset } = run('https://t.test/?src=a.json', refuse);
		expect(early).toBeUndefined();
		expect(dataset).toEqual({});
	});

	it('cannot close its script element, whatever the worker address holds', () => {
		expect(earlyLoadScript('/a</script><b>.js')).not.toContain('</script>');
	});
});
