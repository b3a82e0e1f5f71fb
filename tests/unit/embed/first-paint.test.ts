import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_THEME } from '../../../src/lib/embed/first-paint';
import { readEmbedOptions } from '../../../src/lib/embed/options';

/** Runs the script against a fake page and returns the theme it gave the document, if any. */
function run(search: string, systemDark: boolean): string | undefined {
	const dataset: Record<string, string> = {};
	const script = new Function('location', 'matchMedia', 'document', FIRST_PAINT_THEME);
	script(
		{ search },
		(query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }),
		{ documentElement: { dataset } }
	);
	return dataset.theme;
}

describe('FIRST_PAINT_THEME', () => {
	it.each([
		['no theme', '', false, undefined],
		['a dark theme', '?theme=dark', false, 'dark'],
		['a light theme on a dark system', '?theme=light', true, undefined],
		['the system’s theme on a dark system', '?theme=auto', true, 'dark'],
		['the system’s theme on a light system', '?theme=auto', false, undefined],
		['a theme the options ignore', '?theme=DARK', true, undefined]
	])('paints %s as the options read it', (_, search, systemDark, expected) => {
		expect(run(search, systemDark)).toBe(expected);
		const { theme } = readEmbedOptions(search).options;
		const dark = theme === 'dark' || (theme === 'auto' && systemDark);
		expect(dark).toBe(expected === 'dark');
	});
});
