/**
 * Lighthouse 12 on the built site: each page with the mobile preset (a 412 × 823 phone on a
 * throttled network and CPU, simulated) and the desktop preset, in a fresh headless Chromium per
 * run. The four category scores and the load metrics of the median run (Lighthouse's own choice:
 * the run nearest the median FCP and time to interactive).
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export const PAGES = ['/', '/embed'] as const;
export const PRESETS = ['mobile', 'desktop'] as const;
export type Preset = (typeof PRESETS)[number];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

const CONFIGS: Record<Preset, Config | undefined> = {
	mobile: undefined,
	desktop: desktopConfig
};

/** The network is closed and, as root, Chromium's sandbox is unavailable. */
const CHROME_FLAGS = [
	'--headless=new',
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync'
];

export interface LighthouseRow {
	readonly page: string;
	readonly preset: Preset;
	readonly runs: number;
	/** 0–100 per category, as Lighthouse shows them. */
	readonly scores: Record<Category, number>;
	/** Performance score of every run, for the spread behind the median. */
	readonly performanceRuns: readonly number[];
	readonly fcpMs: number;
	readonly lcpMs: number;
	readonly tbtMs: number;
	readonly cls: number;
}

async function audit(url: string, preset: Preset, chromium: string): Promise<Result> {
	const chrome = await launch({
		chromePath: chromium,
		chromeFlags: CHROME_FLAGS,
		logLevel: 'silent'
	});
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] },
			CONFIGS[preset]
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url} (${preset})`);
		const { runtimeError } = result.lhr;
		if (runtimeError) throw new Error(`Lighthouse on ${url} (${preset}): ${runtimeError.message}`);
		return result.lhr;
	} finally {
		chrome.kill();
	}
}

function score(lhr: Result, category: Category): number {
	return Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100);
}

function numeric(lhr: Result, id: string): number {
	return lhr.audits[id]?.numericValue ?? Number.NaN;
}

/** Runs every page with every preset `runs` times and summarises each by its median run. */
export async function lighthouseRows(
	origin: string,
	chromium: string,
	runs: number,
	log: (text: string) => void
): Promise<LighthouseRow[]> {
	const rows: LighthouseRow[] = [];
	for (const page of PAGES) {
		for (const preset of PRESETS) {
			const results: Result[] = [];
			for (let run = 0; run < runs; run++) {
				const lhr = await audit(`${origin}${page}`, preset, chromium);
				log(`  ${page} ${preset} ${run + 1}/${runs}: performance ${score(lhr, 'performance')}`);
				results.push(lhr);
			}
			const median = computeMedianRun(results);
			rows.push({
				page,
				preset,
				runs,
				scores: Object.fromEntries(
					CATEGORIES.map((category) => [category, score(median, category)])
				) as Record<Category, number>,
				performanceRuns: results.map((lhr) => score(lhr, 'performance')),
				fcpMs: numeric(median, 'first-contentful-paint'),
				lcpMs: numeric(median, 'largest-contentful-paint'),
				tbtMs: numeric(median, 'total-blocking-time'),
				cls: numeric(median, 'cumulative-layout-shift')
			});
		}
	}
	return rows;
}

/** The median run's score, with the lowest and highest of all runs when they differ from it. */
function spread(median: number, runs: readonly number[]): string {
	const low = Math.min(...runs);
	const high = Math.max(...runs);
	return low === high ? String(median) : `${median} (${low}–${high})`;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;

/** A Markdown table, ready for the README. */
export function formatLighthouse(rows: readonly LighthouseRow[]): string {
	const header = [
		'page',
		'preset',
		'performance',
		'accessibility',
		'best practices',
		'SEO',
		'FCP',
		'LCP',
		'TBT',
		'CLS'
	];
	const body = rows.map((row) => [
		`\`${row.page}\``,
		row.preset,
		spread(row.scores.performance, row.performanceRuns),
		String(row.scores.accessibility),
		String(row.scores['best-practices']),
		String(row.scores.seo),
		ms(row.fcpMs),
		ms(row.lcpMs),
		ms(row.tbtMs),
		row.cls.toFixed(3)
	]);
	const widths = header.map((title, i) =>
		Math.max(title.length, ...body.map((cells) => cells[i]?.length ?? 0))
	);
	const line = (cells: readonly string[], left: boolean[]) =>
		`| ${cells.map((cell, i) => (left[i] ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
	const left = header.map((_, i) => i < 2);
	const rule = `| ${widths.map((width, i) => (left[i] ? '-'.repeat(width) : '-'.repeat(width - 1) + ':')).join(' | ')} |`;
	return [line(header, left), rule, ...body.map((cells) => line(cells, left))].join('\n');
}
