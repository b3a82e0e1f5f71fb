import { describe, expect, it } from 'vitest';
import { fetchDatasetBytes } from '../../../src/lib/data/fetch-dataset';
import { parseDataset } from '../../../src/lib/data/parse-dataset';
import { fixture } from '../../support/dataset';

const BASE = 'https://timeline.test/embed';
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

function answer(status: number, body: string): typeof fetch {
	return async () =>
		new Response(body, { status, statusText: status === 404 ? 'Not Found' : 'OK' });
}

describe('fetchDatasetBytes', () => {
	it('resolves a relative address against the page and returns the bytes', async () => {
		let asked = '';
		const fetcher: typeof fetch = async (url) => {
			asked = String(url);
			return new Response('{"a":1}');
		};
		const result = await fetchDatasetBytes('data/t.json', BASE, fetcher);
		expect(asked).toBe('https://timeline.test/data/t.json');
		expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('{"a":1}');
	});

	it.each([
		[
			'a non-web scheme',
			'javascript:alert(1)',
			answer(200, '{}'),
			'"javascript:alert(1)" must be an http: or https: address'
		],
		[
			'a missing file',
			'https://x.test/d.json',
			answer(404, ''),
			'https://x.test/d.json answered 404 Not Found'
		]
	])('names the problem with %s', async (_, src, fetcher, expected) => {
		const result = await fetchDatasetBytes(src, BASE, fetcher);
		expect(result.ok ? [] : result.errors).toEqual([expected]);
	});

	it('explains an unreachable server, which is often a CORS refusal', async () => {
		const result = await fetchDatasetBytes('https://x.test/d.json', BASE, async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(result.ok ? '' : result.errors[0]).toMatch(/could not be reached.*CORS/);
	});
});

describe('parseDataset', () => {
	it('validates a well-formed dataset', () => {
		expect(parseDataset(bytes(JSON.stringify(fixture('valid-minimal.json'))), 'u').ok).toBe(true);
	});

	it('names a file that is not JSON', () => {
		const result = parseDataset(bytes('{"title": '), 'https://x.test/d.json');
		expect(result.ok ? '' : result.errors[0]).toMatch(
			/^https:\/\/x\.test\/d\.json is not valid JSON: /
		);
	});

	it('passes on the dataset’s own errors with their event and field', () => {
		const data = fixture('valid-minimal.json');
		(data.events[0] as { start: string }).start = '2014-02-30';
		const result = parseDataset(bytes(JSON.stringify(data)), 'u');
		expect(result.ok ? '' : result.errors[0]).toMatch(
			/^events\[0\] "[a-z0-9-]+": start "2014-02-30" is not a valid date$/
		);
	});

	it('reads UTF-8, so titles in any script survive', () => {
		const data = fixture('valid-minimal.json');
		data.title = 'النكبة · מלחמת העצמאות';
		const result = parseDataset(bytes(JSON.stringify(data)), 'u');
		expect(result.ok && result.timeline.title).toBe('النكبة · מלחמת העצמאות');
	});
});
