import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the build is plain files that any static host or CDN can serve.
		adapter: adapter({ strict: true }),
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The stylesheets (about 18 KB in all) go into each page's head: on a slow phone connection
		// every linked stylesheet is a render-blocking round trip before the first paint.
		inlineStyleThreshold: 32 * 1024
	}
};

export default config;
