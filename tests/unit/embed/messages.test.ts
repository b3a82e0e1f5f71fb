import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, heightMessages, readHeightMessage } from '../../../src/lib/embed/messages';

describe('heightMessages', () => {
	it('announces a height in the embed’s own format, Datawrapper’s and pym.js’s', () => {
		expect(heightMessages('timeline', 630)).toEqual([
			{ type: 'timeline:height', id: 'timeline', height: 630 },
			{ 'datawrapper-height': { timeline: 630 } },
			'pymxPYMxtimelinexPYMxheightxPYMx630'
		]);
	});

	it('rounds a fractional height up, so the last pixel row is not cut off', () => {
		const [own, datawrapper, pym] = heightMessages('a', 630.2);
		expect(own.height).toBe(631);
		expect(datawrapper).toEqual({ 'datawrapper-height': { a: 631 } });
		expect(pym).toBe('pymxPYMxaxPYMxheightxPYMx631');
	});

	it('gives messages that survive structured cloning and JSON', () => {
		for (const message of heightMessages('a', 10)) {
			expect(structuredClone(message)).toEqual(message);
			expect(JSON.parse(JSON.stringify(message))).toEqual(message);
		}
	});
});

describe('readHeightMessage', () => {
	it('reads back what the embed posts', () => {
		const [own] = heightMessages('graphic', 812);
		expect(readHeightMessage(own)).toEqual(own);
	});

	it.each<[string, unknown]>([
		['nothing', undefined],
		['null', null],
		['a string', 'timeline:height'],
		['pym.js’s string', 'pymxPYMxtimelinexPYMxheightxPYMx630'],
		['Datawrapper’s object', { 'datawrapper-height': { timeline: 630 } }],
		['another type', { type: 'timeline:view', id: 'a', height: 630 }],
		['a height given as a string', { type: HEIGHT_MESSAGE, id: 'a', height: '630' }],
		['a fractional height', { type: HEIGHT_MESSAGE, id: 'a', height: 630.5 }],
		['a zero height', { type: HEIGHT_MESSAGE, id: 'a', height: 0 }],
		['a negative height', { type: HEIGHT_MESSAGE, id: 'a', height: -1 }],
		['an absurd height', { type: HEIGHT_MESSAGE, id: 'a', height: 1e9 }],
		['an infinite height', { type: HEIGHT_MESSAGE, id: 'a', height: Infinity }],
		['no id', { type: HEIGHT_MESSAGE, height: 630 }]
	])('refuses %s', (_, data) => {
		expect(readHeightMessage(data)).toBeNull();
	});

	it('keeps only the fields it knows', () => {
		expect(readHeightMessage({ type: HEIGHT_MESSAGE, id: 'a', height: 5, extra: 1 })).toEqual({
			type: HEIGHT_MESSAGE,
			id: 'a',
			height: 5
		});
	});
});
