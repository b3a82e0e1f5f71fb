/**
 * `npm run bench`: builds the app, generates seeded datasets, serves both with one local server,
 * and measures the app against vis-timeline fed the same events in headless Chromium, alternating
 * the two (ours, vis, ours, vis …). Prints a table and writes bench-results.json.
 * `npm run bench -- --lighthouse` instead audits the built pages with Lighthouse, served gzipped.
 * See README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { datasetTitle, DEFAULT_SEED, ensureDataset, type BenchFormat } from './generate';
import { formatLighthouse, lighthouseRows } from './lighthouse';
import { measureRun, measureScripts, VIEWPORT, type Phase, type RunResult } from './measure';
import {
	FORMAT_NAMES,
	formatTable,
	medians,
	writeReport,
	type Side,
	type SizeResult
} from './report';
import { startServer, type BenchServer } from './server';
import type { Value } from './stats';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '../..');
const PROBE = join(BENCH, 'probe.js');
const CACHE = join(BENCH, '.cache');
const RESULTS = join(ROOT, 'bench-results.json');

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--js-flags=--expose-gc'
];

interface Options {
	readonly sizes: readonly number[];
	/** Sizes also served to the app as TimelineJS JSON (vis-timeline gets the same events). */
	readonly timelinejsSizes: readonly number[];
	readonly reps: number;
	readonly skipBuild: boolean;
	readonly timeout: number;
	readonly chromium: string;
	readonly lighthouse: boolean;
}

function positiveInteger(name: string, text: string): number {
	const value = Number(text.trim());
	if (!Number.isInteger(value) || value <= 0) {
		throw new Error(`${name}: "${text}" is not a positive whole number`);
	}
	return value;
}

function sizeList(name: string, text: string): number[] {
	return text
		.split(',')
		.filter((part) => part.trim() !== '')
		.map((part) => positiveInteger(name, part));
}

function options(env: NodeJS.ProcessEnv, args: readonly string[]): Options {
	const unknown = args.filter((arg) => arg !== '--lighthouse');
	if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')}: only --lighthouse`);
	const sizes = sizeList('BENCH_SIZES', env.BENCH_SIZES ?? '1000,10000,50000');
	if (sizes.length === 0) throw new Error('BENCH_SIZES lists no size');
	return {
		sizes,
		timelinejsSizes: sizeList('BENCH_TIMELINEJS_SIZES', env.BENCH_TIMELINEJS_SIZES ?? '1000,10000'),
		reps: positiveInteger('BENCH_REPS', env.BENCH_REPS ?? '3'),
		skipBuild: env.BENCH_SKIP_BUILD === '1',
		timeout: positiveInteger('BENCH_TIMEOUT_MS', env.BENCH_TIMEOUT_MS ?? '60000'),
		chromium: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		lighthouse: args.includes('--lighthouse')
	};
}

function build(skip: boolean): void {
	const built =
		existsSync(join(ROOT, 'build/index.html')) && existsSync(join(ROOT, 'build/embed.html'));
	if (skip && built) {
		console.log('BENCH_SKIP_BUILD=1: using the existing build/.');
		return;
	}
	if (skip) console.log('BENCH_SKIP_BUILD=1 but build/ is incomplete: building anyway.');
	console.log('Building the app (npx vite build)…');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`npx vite build failed (exit ${result.status})`);
}

function launch(path: string): Promise<Browser> {
	return chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
}

const log = (text: string) => console.log(text);

function summary(side: string, run: RunResult): string {
	const m = run.metrics;
	const ms = (value: Value) => (typeof value === 'number' ? `${value.toFixed(0)} ms` : value);
	const trouble = run.problems.length > 0 ? `  [${run.problems.join('; ')}]` : '';
	return `    ${side.padEnd(4)} ready ${ms(m.ready_ms)}, painted ${ms(m.painted_ms)}, zoom p95 ${ms(m.zoom_p95_ms)}, pan p95 ${ms(m.pan_p95_ms)}${trouble}`;
}

function serve(gzip: boolean): Promise<BenchServer> {
	return startServer(
		{
			build: join(ROOT, 'build'),
			data: CACHE,
			bench: BENCH,
			vis: join(ROOT, 'node_modules/vis-timeline')
		},
		{ gzip }
	);
}

async function audit(opts: Options): Promise<void> {
	build(opts.skipBuild);
	const server = await serve(true);
	try {
		log(`Lighthouse on ${server.origin} (gzipped), ${opts.reps} run(s) per page and preset:`);
		const rows = await lighthouseRows(server.origin, opts.chromium, opts.reps, log);
		log(`\nMedian run of ${opts.reps}; lowest and highest performance of all runs in brackets.\n`);
		log(formatLighthouse(rows));
	} finally {
		await server.close().catch(() => undefined);
	}
}

async function main(): Promise<void> {
	const opts = options(process.env, process.argv.slice(2));
	if (opts.lighthouse) return audit(opts);
	const started = Date.now();
	build(opts.skipBuild);

	// Each size in the app's JSON, and in TimelineJS JSON where asked, side by side in size order.
	const rows: { size: number; format: BenchFormat }[] = [
		...opts.sizes.map((size) => ({ size, format: 'json' as const })),
		...opts.timelinejsSizes.map((size) => ({ size, format: 'timelinejs' as const }))
	].sort((a, b) => a.size - b.size || (a.format === 'json' ? -1 : 1));
	const datasets = rows.map(({ size, format }) => ({
		size,
		format,
		file: ensureDataset(CACHE, size, format),
		// vis-timeline reads the app's JSON: the same events, in the format its page understands.
		visFile: ensureDataset(CACHE, size, 'json'),
		title: datasetTitle(size)
	}));
	log(`Datasets in ${CACHE}: ${[...new Set(datasets.map((d) => d.file))].join(', ')}`);

	let server: BenchServer | undefined;
	let browser: Browser | undefined;
	try {
		server = await serve(false);
		const origin = server.origin;
		log(`Serving on ${origin}`);
		browser = await launch(opts.chromium);
		const chromiumVersion = browser.version();
		log(`Chromium ${chromiumVersion}, ${opts.reps} repetition(s), timeout ${opts.timeout} ms.`);

		const results: SizeResult[] = [];
		const srcIgnored = new Set<string>();
		// vis-timeline's page is the same for both formats of a size: what timed out is not rerun.
		const visTimedOut = new Map<number, Set<Phase>>();
		for (const { size, format, file, visFile, title } of datasets) {
			const row = `${size.toLocaleString('en-GB')} events, ${FORMAT_NAMES[format]}`;
			const src = encodeURIComponent(`${origin}/bench-data/${file}`);
			const visSrc = encodeURIComponent(`${origin}/bench-data/${visFile}`);
			const sides = {
				ours: {
					url: `${origin}/?src=${src}`,
					embedUrl: `${origin}/embed?src=${src}`,
					surface: '[data-timeline] .canvas svg',
					search: '#timeline-search',
					expectTitle: title
				},
				vis: { url: `${origin}/bench/vis.html?src=${visSrc}`, surface: '.vis-panel.vis-center' }
			} as const;
			const runs: Record<Side, RunResult[]> = { ours: [], vis: [] };
			// Phases that timed out are not run again in later repetitions, to keep the run short.
			const visSkip = visTimedOut.get(size) ?? new Set<Phase>();
			visTimedOut.set(size, visSkip);
			const timedOut: Record<Side, Set<Phase>> = { ours: new Set(), vis: visSkip };
			log(`\n${row}:`);
			for (let rep = 0; rep < opts.reps; rep++) {
				log(`  repetition ${rep + 1}/${opts.reps}`);
				for (const side of ['ours', 'vis'] as const) {
					const current: Browser = browser;
					const result = await measureRun(
						current,
						PROBE,
						sides[side],
						opts.timeout,
						timedOut[side]
					);
					const { closed, timedOut: phases, ...run } = result;
					for (const phase of phases) timedOut[side].add(phase);
					runs[side].push(run);
					log(summary(side, run));
					if (side === 'ours' && run.showsDataset === false) srcIgnored.add(row);
					if (!closed) {
						log('    (restarting Chromium: a page could not be closed)');
						await current.close().catch(() => undefined);
						browser = await launch(opts.chromium);
					}
				}
			}
			// JS bytes of /embed, once per size: they do not vary between repetitions.
			const embed = await measureScripts(browser, PROBE, sides.ours.embedUrl, opts.timeout);
			if (embed.problem) log(`    ours /embed: ${embed.problem}`);
			if (!embed.closed) {
				await browser.close().catch(() => undefined);
				browser = await launch(opts.chromium);
			}
			for (const run of runs.ours) run.metrics.embed_js_gzip_kb = embed.value;
			// vis-timeline has one page; its "embed" is the same page.
			for (const run of runs.vis) run.metrics.embed_js_gzip_kb = run.metrics.js_gzip_kb;
			results.push({
				size,
				format,
				dataset: file,
				ours: { median: medians(runs.ours), runs: runs.ours },
				vis: { median: medians(runs.vis), runs: runs.vis }
			});
		}

		const seconds = Math.round((Date.now() - started) / 1000);
		log(
			`\nMedians of ${opts.reps} repetition(s); frame figures are requestAnimationFrame intervals during the gesture.\n`
		);
		log(formatTable(results));
		log('\nvis-timeline has no separate embed page: its /embed row repeats its / figure.');
		for (const row of srcIgnored) {
			log(
				`WARNING: at ${row} the app did not show the ?src= dataset (its title is not the dataset's): its figures are for the default page.`
			);
		}
		writeReport(RESULTS, {
			meta: {
				date: new Date().toISOString(),
				seconds,
				node: process.version,
				chromium: chromiumVersion,
				cpus: cpus().length,
				memoryGiB: Math.round(totalmem() / 2 ** 30),
				viewport: VIEWPORT,
				repetitions: opts.reps,
				timeoutMs: opts.timeout,
				seed: DEFAULT_SEED,
				visTimeline: visVersion(),
				srcIgnoredIn: [...srcIgnored]
			},
			results
		});
		log(`\nWrote ${RESULTS} (${seconds} s in all).`);
	} finally {
		await browser?.close().catch(() => undefined);
		await server?.close().catch(() => undefined);
	}
}

function visVersion(): string | null {
	try {
		const text = readFileSync(join(ROOT, 'node_modules/vis-timeline/package.json'), 'utf8');
		const { version } = JSON.parse(text) as { version?: unknown };
		return typeof version === 'string' ? version : null;
	} catch {
		return null;
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
});
