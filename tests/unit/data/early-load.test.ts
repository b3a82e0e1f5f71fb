import { describe, expect, it } from 'vitest';
import { ACCEPT } from '../../../src/lib/data/fetch-dataset';
import {
	EARLY_DEFAULT_KEY,
	EARLY_LOAD_KEY,
	earlyLoadScript,
	type EarlyDefault,
	type EarlyLoad
} from '../../../src/lib/data/early-load';

/** A stand-in for the browser's Worker that records what it is given. */
class FakeWorker {
	static made: FakeWorker[] = [];
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: (() => void) | null = null;
	readonly posted: { message: unknown; transfer: unknown }[] = [];
	constructor(
		readonly url: string,
		readonly options: unknown
	) {
		FakeWorker.made.push(this);
	}
	postMessage(message: unknown, transfer: unknown) {
		this.posted.push({ message, transfer });
	}
}

/** A stand-in for fetch that records the addresses and headers asked for and answers with `answer`. */
function fakeFetch(answer: () => Promise<unknown>) {
	const asked: string[] = [];
	const headers: unknown[] = [];
	const fetch = (address: string, init?: { headers?: unknown }) => {
		asked.push(address);
		headers.push(init?.headers);
		return answer();
	};
	return { asked, headers, fetch };
}

const answering = (status: number, body: unknown) => () =>
	Promise.resolve({
		ok: status < 400,
		status,
		statusText: status === 404 ? 'Not Found' : 'OK',
		json: () => Promise.resolve(body),
		arrayBuffer: () => Promise.resolve(new TextEncoder().encode(JSON.stringify(body)).buffer)
	});

/** Lets the fake fetch's promise chain settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the head script in a fake page at `href`; returns what it left on `window` and `<html>`. */
function run(
	href: string,
	worker: unknown = FakeWorker,
	fetcher = fakeFetch(answering(200, { title: 'Shipped' }))
) {
	FakeWorker.made = [];
	const window: Record<string, unknown> = {};
	const documentElement = { dataset: {} as Record<string, string> };
	const location = new URL(href);
	new Function(
		'window',
		'location',
		'document',
		'Worker',
		'fetch',
		earlyLoadScript('/w.js', './timeline.json')
	)(window, location, { documentElement }, worker, fetcher.fetch);
	return {
		early: window[EARLY_LOAD_KEY] as EarlyLoad | undefined,
		shipped: window[EARLY_DEFAULT_KEY] as EarlyDefault | undefined,
		asked: fetcher.asked,
		dataset: documentElement.dataset
	};
}

describe('earlyLoadScript', () => {
	it('without ?src= fetches the shipped dataset for hydration and keeps the prerendered timeline', async () => {
		const { early, shipped, asked, dataset } = run('https://t.test/?from=1990');
		expect(early).toBeUndefined();
		expect(FakeWorker.made).toEqual([]);
		expect(dataset).toEqual({});
		expect(asked).toEqual(['./timeline.json']);
		expect(await shipped).toEqual({ title: 'Shipped' });
	});

	it.each([
		['an HTTP error', answering(404, {})],
		['a network error', () => Promise.reject(new TypeError('Failed to fetch'))]
	])(
		'leaves the page to fetch the shipped dataset again after %s, rejecting nothing',
		async (_, answer) => {
			const { shipped } = run('https://t.test/embed', FakeWorker, fakeFetch(answer));
			expect(await shipped).toBeUndefined();
		}
	);

	it('with ?src= does not fetch the shipped dataset', () => {
		const { shipped, asked } = run('https://t.test/?src=a.json');
		expect(shipped).toBeUndefined();
		expect(asked).not.toContain('./timeline.json');
	});

	it('starts the module worker, named with the address and the page, and hides the default timeline', () => {
		const { early, dataset } = run('https://t.test/embed?src=data%2Ft.json');
		expect(early?.src).toBe('data/t.json');
		const request = {
			src: 'data/t.json',
			base: 'https://t.test/embed?src=data%2Ft.json',
			prefetch: 'https://t.test/data/t.json'
		};
		expect(FakeWorker.made.map((w) => [w.url, w.options])).toEqual([
			['/w.js', { type: 'module', name: JSON.stringify(request) }]
		]);
		expect(dataset).toEqual({ srcLoading: '' });
	});

	it('fetches a web address itself and hands the worker the response, its bytes transferred', async () => {
		const fetcher = fakeFetch(answering(404, { x: 1 }));
		run('https://t.test/?src=data/t.json', FakeWorker, fetcher);
		expect(fetcher.asked).toEqual(['https://t.test/data/t.json']);
		expect(fetcher.headers).toEqual([{ accept: ACCEPT }]);
		await settle();
		const [handed] = FakeWorker.made[0]?.posted ?? [];
		const bytes = new TextEncoder().encode('{"x":1}').buffer;
		expect(handed).toEqual({
			message: {
				prefetched: {
					url: 'https://t.test/data/t.json',
					status: 404,
					statusText: 'Not Found',
					bytes
				}
			},
			transfer: [bytes]
		});
	});

	it('tells the worker when its own fetch failed', async () => {
		const fetcher = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
		run('https://t.test/?src=https://x.test/t.json', FakeWorker, fetcher);
		await settle();
		expect(FakeWorker.made[0]?.posted).toEqual([
			{ message: { prefetched: { url: 'https://x.test/t.json', failed: true } }, transfer: [] }
		]);
	});

	it.each([
		['a non-web scheme', 'javascript:alert(1)'],
		[
			'a Google Sheets link, fetched as its CSV export',
			'https://docs.google.com/spreadsheets/d/x/edit'
		],
		['an address that is not one', 'https://[bad']
	])('leaves %s to the worker', (_, src) => {
		const fetcher = fakeFetch(answering(200, {}));
		run(`https://t.test/?src=${encodeURIComponent(src)}`, FakeWorker, fetcher);
		expect(fetcher.asked).toEqual([]);
		const options = FakeWorker.made[0]?.options as { name: string };
		expect(JSON.parse(options.name)).toEqual({
			src,
			base: `https://t.test/?src=${encodeURIComponent(src)}`
		});
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
		expect(earlyLoadScript('/a</script><b>.js', '/c</script>.json')).not.toContain('</script>');
	});
});
