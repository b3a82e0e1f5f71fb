import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { APP_ORIGIN, APP_PORT } from './tests/e2e/helpers';

/** Debian's Chromium where present (or CHROMIUM_PATH); otherwise Playwright's own download. */
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
	(path): path is string => !!path && existsSync(path)
);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: 'list',
	use: {
		baseURL: APP_ORIGIN,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			// Root (CI containers) cannot use Chromium's sandbox; no background calls on a closed network.
			args: [
				...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// The tests' own server, on a port of its own: never one that `npm start` or `npm run dev` left
	// running, which may serve another build.
	webServer: {
		command: `npx vite preview --port ${APP_PORT} --strictPort`,
		url: APP_ORIGIN,
		reuseExistingServer: false
	}
});
