// Makes sure a Chromium exists for the browser tests: CHROMIUM_PATH, Debian's /usr/bin/chromium,
// or Playwright's own download. On Debian as root it installs the `chromium` package; otherwise it
// says what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()];
if (candidates.some((path) => path && existsSync(path))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log('No Chromium found: installing Debian’s chromium package…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	process.exit(0);
}
console.error(
	'No Chromium found for the browser tests. Run `npx playwright install chromium`, ' +
		'or install your distribution’s chromium and set CHROMIUM_PATH to its binary.'
);
process.exit(1);
