import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/lib/data/formats/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
	it('reads UTF-8, so Arabic and Hebrew survive', () => {
		expect(decodeBytes(utf8('النكبة · מלחמת העצמאות'))).toEqual({
			text: 'النكبة · מלחמת העצמאות'
		});
	});

	it('strips a UTF-8 byte-order mark', () => {
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])).text).toBe('{}');
	});

	it('reads a Windows-1252 file, which is not valid UTF-8, and says so', () => {
		const bytes = readFileSync(
			new URL('../../../fixtures/import/windows-1252.csv', import.meta.url)
		);
		const decoded = decodeBytes(bytes);
		expect(decoded.fallback).toBe('windows-1252');
		expect(decoded.text).toContain('“L’archiduc est assassiné” — coût : 5 €.');
	});

	it('decodes every Windows-1252 letter between 0x80 and 0x9F, and keeps its five gaps', () => {
		const bytes = new Uint8Array([0x80, 0x81, 0x8a, 0x8c, 0x8d, 0x99, 0x9f, 0xff]);
		expect(decodeBytes(bytes).text).toBe('€\u0081ŠŒ\u008d™Ÿÿ');
	});

	it.each([
		['UTF-16 little-endian', [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]],
		['UTF-16 big-endian', [0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]]
	])('reads %s from its byte-order mark', (_, bytes) => {
		expect(decodeBytes(new Uint8Array(bytes))).toEqual({ text: 'Aé' });
	});

	it('takes an ArrayBuffer as the worker receives it', () => {
		expect(decodeBytes(utf8('x').buffer as ArrayBuffer).text).toBe('x');
	});
});
