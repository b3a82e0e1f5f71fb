import { describe, expect, it } from 'vitest';
import { wheelZooms, zoomKey } from '../../../src/lib/embed/wheel';

describe('wheelZooms', () => {
	it.each([
		['a plain wheel before the reader engages scrolls the page', false, false, false, false],
		['Ctrl + wheel zooms', true, false, false, true],
		['⌘ + wheel zooms', false, true, false, true],
		[
			'a plain wheel zooms once the reader has clicked or focused the timeline',
			false,
			false,
			true,
			true
		]
	])('%s', (_, ctrlKey, metaKey, engaged, expected) => {
		expect(wheelZooms({ ctrlKey, metaKey }, engaged)).toBe(expected);
	});
});

describe('zoomKey', () => {
	it.each([
		['macOS as the user-agent data gives it', 'macOS', '⌘'],
		['a Mac as navigator.platform gives it', 'MacIntel', '⌘'],
		['an iPad', 'iPad', '⌘'],
		['an iPhone', 'iPhone', '⌘'],
		['Windows', 'Win32', 'Ctrl'],
		['Linux', 'Linux x86_64', 'Ctrl'],
		['Android', 'Android', 'Ctrl'],
		['an unknown platform', '', 'Ctrl']
	])('names %s', (_, platform, key) => {
		expect(zoomKey(platform)).toBe(key);
	});
});
