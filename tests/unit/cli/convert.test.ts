import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/data/validate';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Runs `npm run convert` as a person would, without npm's own output. */
function convert(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/convert.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each run starts a TypeScript loader, which takes seconds on a busy machine.
describe('npm run convert', { timeout: 60_000 }, () => {
	it('writes a TimelineJS file as a timeline that validates, and prints every warning', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'convert-')), 'space.json');
		const run = convert(
			'tests/fixtures/import/timelinejs.json',
			'--out',
			out,
			'--base',
			'https://space.example/data/space.json',
			'--language',
			'en-GB'
		);
		expect(run.code).toBe(0);
		expect(run.stderr).toContain('TimelineJS JSON, 7 events and 1 eras; 12 warning(s):');
		expect(run.stderr).toContain('  events[8]: start_date is missing');
		const result = validateDataset(JSON.parse(readFileSync(out, 'utf8')));
		expect(result.ok && result.timeline.language).toBe('en-GB');
	});

	it('fails with every error when the file cannot be converted', () => {
		const run = convert('tests/fixtures/invalid-oslo-ii-date.json');
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('events[1] "oslo-ii": start "1995-13-28" is not a valid date');
		expect(run.stdout).toBe('');
	});

	it('prints its usage without a file', () => {
		const run = convert();
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^usage: npm run convert -- <file>/);
	});
});
