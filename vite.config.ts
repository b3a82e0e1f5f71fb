import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** The pages that draw a timeline, `/` and `/embed`. */
const TIMELINE_PAGE = /[\\/]src[\\/]routes[\\/](?:\(site\)|embed)[\\/]\+page\.(?:svelte|ts)$/;
/** The other pages. */
const OTHER_PAGE = /[\\/]src[\\/]routes[\\/].*\+page\.(?:svelte|ts)$/;
/** What every page loads: the layouts and the error page, which SvelteKit loads eagerly. */
const EVERY_PAGE = /[\\/]src[\\/]routes[\\/].*\+(?:layout|error)\.(?:svelte|ts)$/;
/** The entry SvelteKit makes for each route file, which only the route file imports. */
const NODE_ENTRY = /[\\/]generated[\\/]client(?:-optimized)?[\\/]nodes[\\/]\d+\.js$/;

/** What the bundler tells of its module graph while it splits chunks. */
interface ModuleGraph {
	getModuleInfo(id: string): { readonly importers: readonly string[] } | null;
}

interface Reach {
	timeline: boolean;
	other: boolean;
	every: boolean;
}

/**
 * Which pages load a module with their first script, found by walking its static importers up to
 * the route files (a dynamic import, such as the list view's, stops the walk).
 */
function reach(id: string, context: ModuleGraph, seen: Map<string, Reach>): Reach {
	const known = seen.get(id);
	if (known) return known;
	const found: Reach = {
		timeline: TIMELINE_PAGE.test(id),
		other: !TIMELINE_PAGE.test(id) && OTHER_PAGE.test(id),
		every: EVERY_PAGE.test(id)
	};
	seen.set(id, found);
	const importers = context.getModuleInfo(id)?.importers ?? [];
	// What no route file imports is SvelteKit's own start-up code, which every page loads.
	if (importers.length === 0 && !NODE_ENTRY.test(id)) found.every = true;
	for (const importer of importers) {
		const up = reach(importer, context, seen);
		found.timeline ||= up.timeline;
		found.other ||= up.other;
		found.every ||= up.every;
	}
	return found;
}

/**
 * Two chunks for the first load of a timeline page instead of about sixteen: each module waits
 * for turns of the page's main thread, busy reading the page, and so did the start of hydration.
 * `shared` holds what every page loads and what the timeline pages share with the others,
 * `timeline` what only they load; what only the other pages load, and what loads on first use,
 * keeps the default chunks.
 */
function chunks() {
	const seen = new Map<string, Reach>();
	return (id: string, context: ModuleGraph): string | null => {
		const { timeline, other, every } = reach(id, context, seen);
		if (every || (timeline && other)) return 'shared';
		return timeline ? 'timeline' : null;
	};
}

export default defineConfig({
	plugins: [sveltekit()],
	preview: { port: 4173, strictPort: true },
	// The dataset worker loads its importers only for files that need them, which takes ES modules.
	worker: { format: 'es' },
	build: {
		rolldownOptions: {
			output: { codeSplitting: { groups: [{ name: chunks(), tags: ['$initial'] }] } }
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		environment: 'node'
	}
});
