import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

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
		baseURL: 'http://localhost:4173',
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
	webServer: {
		command: 'npx vite preview --port 4173 --strictPort',
		url: 'http://localhost:4173',
		reuseExistingServer: !process.env.CI
	}
});
