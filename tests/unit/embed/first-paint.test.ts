import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_THEME } from '../../../src/lib/embed/first-paint';
import { readEmbedOptions } from '../../../src/lib/embed/options';

/** Runs the script against a fake page and returns the theme it gave the document, if any. */
function run(search: string): string | undefined {
	const dataset: Record<string, string> = {};
	new Function('location', 'document', FIRST_PAINT_THEME)(
		{ search },
		{ documentElement: { dataset } }
	);
	return dataset.theme;
}

describe('FIRST_PAINT_THEME', () => {
	it.each([
		['no theme as light', '', 'light'],
		['a light theme', '?theme=light', 'light'],
		['a dark theme', '?theme=dark', 'dark'],
		['the system’s theme as no theme of its own', '?theme=auto', undefined],
		['a theme the options ignore as light', '?theme=DARK', 'light']
	])('paints %s, as the options read it', (_, search, expected) => {
		expect(run(search)).toBe(expected);
		const { theme } = readEmbedOptions(search).options;
		expect(theme === 'auto' ? undefined : theme).toBe(expected);
	});
});
