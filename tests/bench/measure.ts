/**
 * One measured page load in headless Chromium: time to 'timeline-ready' and to the frame after it,
 * DOM size, JS heap after a forced GC, JS bytes (gzip), then frame intervals while zooming with the
 * wheel and while panning with a drag. Every phase is capped by a timeout.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from '@playwright/test';
import { frameStats, type FrameStats, type Value } from './stats';

export const VIEWPORT = { width: 1280, height: 800 } as const;
/** Smallest interval between two wheel steps or drag moves. */
const STEP_MS = 33;
const ZOOM_STEPS = 15;
const WHEEL_DELTA = 100;
const PAN_PIXELS = 600;
const PAN_STEPS = 30;
/** Unmeasured wheel steps in before the drag, so that there is room to pan (see README). */
const PAN_ZOOM_STEPS = 10;
/** Typed one key at a time into the search box: words of the generated titles. */
const SEARCH_TEXT = 'accord agency';

export const METRICS = [
	'ready_ms',
	'painted_ms',
	'zoom_p50_ms',
	'zoom_p95_ms',
	'zoom_max_ms',
	'zoom_over50',
	'pan_p50_ms',
	'pan_p95_ms',
	'pan_max_ms',
	'pan_over50',
	'filter_p50_ms',
	'filter_p95_ms',
	'filter_max_ms',
	'heap_mb',
	'dom_elements',
	'js_gzip_kb',
	'embed_js_gzip_kb'
] as const;
export type Metric = (typeof METRICS)[number];
export type Metrics = Record<Metric, Value>;

/** What the probe (probe.js) exposes in the page as window.__bench. */
interface Probe {
	times(): { ready: number; painted: number } | null;
	startFrames(): void;
	stopFrames(): number[];
	frames(count: number): Promise<void>;
	elements(): number;
}
type ProbeWindow = Window & { __bench: Probe; gc?: () => void };

export interface Target {
	/** Page to measure, with its ?src=. */
	readonly url: string;
	/** Element whose centre receives the wheel and the drag. */
	readonly surface: string;
	/** Search box typed into while frames are measured; none for a page without search. */
	readonly search?: string;
	/** The app's /embed page with the same ?src=, whose JS bytes run.ts measures once per size. */
	readonly embedUrl?: string;
	/** Title the page should show when it displays the dataset (checked, not required). */
	readonly expectTitle?: string;
}

export interface RunResult {
	readonly metrics: Metrics;
	/** Whether the page's title was the dataset's: false means the page ignored ?src=. */
	readonly showsDataset: boolean | null;
	readonly title: string | null;
	readonly zoomFrames?: FrameStats;
	readonly panFrames?: FrameStats;
	/** What went wrong, per phase. */
	readonly problems: string[];
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

class PhaseTimeout extends Error {}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const limit = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new PhaseTimeout(`${what}: over ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([work, limit]);
	} finally {
		clearTimeout(timer);
	}
}

function isScript(response: Response): boolean {
	if (response.status() !== 200) return false;
	const type = response.headers()['content-type'] ?? '';
	return (
		response.request().resourceType() === 'script' ||
		/javascript/.test(type) ||
		/\.m?js(?:[?#]|$)/.test(new URL(response.url()).pathname)
	);
}

/**
 * Records the address of every script a page loads (the dataset worker's too), and sums their
 * gzip sizes when asked, fetching each again from the bench's own server. Nothing is read during
 * the timed load: reading each body as it arrived was a DevTools request in the middle of it,
 * which delayed a page of nine scripts by over 100 ms.
 */
function recordScripts(page: Page): () => Promise<number> {
	const urls = new Set<string>();
	page.on('response', (response) => {
		if (isScript(response)) urls.add(response.url());
	});
	return async () => {
		const sizes = await Promise.all(
			[...urls].map(async (url) => {
				const response = await fetch(url);
				return response.ok ? gzipSync(Buffer.from(await response.arrayBuffer())).length : 0;
			})
		);
		return sizes.reduce((sum, size) => sum + size, 0);
	};
}

async function newPage(
	browser: Browser,
	probePath: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	await context.addInitScript({ path: probePath });
	const page = await context.newPage();
	return { context, page };
}

/** Loads `url` and waits for the mark and the frame after it. */
async function load(page: Page, url: string, timeout: number) {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(url, { waitUntil: 'load', timeout });
	await page
		.waitForFunction(
			() =>
				(window as unknown as ProbeWindow).__bench.times() !== null ||
				Boolean(document.getElementById('error')?.textContent),
			undefined,
			{ timeout, polling: 50 }
		)
		.catch((error: unknown) => {
			if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
			throw error instanceof Error && error.name === 'TimeoutError'
				? new PhaseTimeout(`waiting for timeline-ready: over ${timeout} ms`)
				: error;
		});
	const times = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.times());
	if (times === null) {
		const text = await page.evaluate(() => document.getElementById('error')?.textContent ?? '');
		throw new Error(`page reported: ${text}`);
	}
	return times;
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
	const cdp = await context.newCDPSession(page);
	try {
		for (let i = 0; i < 2; i++) {
			await page.evaluate(() => (window as unknown as ProbeWindow).gc?.());
			await cdp.send('HeapProfiler.collectGarbage');
		}
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		return usedSize;
	} finally {
		await cdp.detach().catch(() => undefined);
	}
}

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
	const surface = page.locator(selector).first();
	await surface.scrollIntoViewIfNeeded({ timeout: 5_000 });
	const box = await surface.boundingBox();
	if (!box) throw new Error(`${selector} has no box`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Runs `steps` one after the other, starting them at least STEP_MS apart. */
async function paced(steps: number, step: (index: number) => Promise<void>): Promise<void> {
	for (let i = 0; i < steps; i++) {
		const began = performance.now();
		await step(i);
		const rest = STEP_MS - (performance.now() - began);
		if (rest > 0) await sleep(rest);
	}
}

/** Frame intervals while `gesture` runs, up to the second frame after it ends. */
async function framesDuring(page: Page, gesture: () => Promise<void>): Promise<FrameStats> {
	await page.evaluate(() => (window as unknown as ProbeWindow).__bench.frames(2));
	await page.evaluate(() => (window as unknown as ProbeWindow).__bench.startFrames());
	await gesture();
	await page.evaluate(() => (window as unknown as ProbeWindow).__bench.frames(2));
	const deltas = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.stopFrames());
	return frameStats(deltas.map((delta) => round(delta, 2)));
}

async function zoom(page: Page, selector: string): Promise<FrameStats> {
	const centre = await centreOf(page, selector);
	await page.mouse.move(centre.x, centre.y);
	return framesDuring(page, () =>
		paced(2 * ZOOM_STEPS, (i) => page.mouse.wheel(0, i < ZOOM_STEPS ? -WHEEL_DELTA : WHEEL_DELTA))
	);
}

async function pan(page: Page, selector: string): Promise<FrameStats> {
	const centre = await centreOf(page, selector);
	await page.mouse.move(centre.x, centre.y);
	// At the widest view the app cannot pan at all, so both sides are zoomed in a little first.
	await paced(PAN_ZOOM_STEPS, () => page.mouse.wheel(0, -WHEEL_DELTA));
	await sleep(400);
	await page.evaluate(() => (window as unknown as ProbeWindow).__bench.frames(2));
	return framesDuring(page, async () => {
		await page.mouse.down();
		await paced(PAN_STEPS, (i) =>
			page.mouse.move(centre.x - ((i + 1) * PAN_PIXELS) / PAN_STEPS, centre.y)
		);
		await page.mouse.up();
	});
}

/** Frame intervals while a search is typed a key at a time, then cleared. */
async function filter(page: Page, selector: string): Promise<FrameStats> {
	const box = page.locator(selector).first();
	await box.click();
	return framesDuring(page, async () => {
		await paced(SEARCH_TEXT.length, (i) => page.keyboard.type(SEARCH_TEXT[i] ?? ''));
		await box.fill('');
	});
}

function emptyMetrics(): Metrics {
	return Object.fromEntries(METRICS.map((metric) => [metric, 'error'])) as Metrics;
}

function setFrames(metrics: Metrics, prefix: 'zoom' | 'pan' | 'filter', stats: FrameStats): void {
	metrics[`${prefix}_p50_ms`] = round(stats.p50);
	metrics[`${prefix}_p95_ms`] = round(stats.p95);
	metrics[`${prefix}_max_ms`] = round(stats.max);
	if (prefix !== 'filter') metrics[`${prefix}_over50`] = stats.over50;
}

/** Closes a context, giving up after a while (a page stuck in a long task can hold it). */
export async function closeQuietly(context: BrowserContext): Promise<boolean> {
	try {
		await withTimeout(context.close(), 15_000, 'closing the page');
		return true;
	} catch {
		return false;
	}
}

/** JS bytes (gzip, kB) of a page once it is ready. */
export async function measureScripts(
	browser: Browser,
	probePath: string,
	url: string,
	timeout: number
): Promise<{ value: Value; closed: boolean; problem?: string }> {
	const { context, page } = await newPage(browser, probePath);
	const scripts = recordScripts(page);
	try {
		await withTimeout(load(page, url, timeout), timeout + 5_000, 'load');
		return { value: round((await scripts()) / 1024), closed: await closeQuietly(context) };
	} catch (error) {
		const timedOut = error instanceof PhaseTimeout || isPlaywrightTimeout(error);
		return {
			value: timedOut ? 'timeout' : 'error',
			closed: await closeQuietly(context),
			problem: describe(error)
		};
	}
}

function isPlaywrightTimeout(error: unknown): boolean {
	return error instanceof Error && error.name === 'TimeoutError';
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

export type Phase = 'load' | 'zoom' | 'pan' | 'filter';

const PHASE_METRICS: Record<Phase, readonly Metric[]> = {
	load: ['ready_ms', 'painted_ms', 'dom_elements', 'heap_mb', 'js_gzip_kb'],
	zoom: ['zoom_p50_ms', 'zoom_p95_ms', 'zoom_max_ms', 'zoom_over50'],
	pan: ['pan_p50_ms', 'pan_p95_ms', 'pan_max_ms', 'pan_over50'],
	filter: ['filter_p50_ms', 'filter_p95_ms', 'filter_max_ms']
};

/**
 * Measures one page, each phase capped at `timeout` ms. After a timeout the page is still busy, so
 * its later phases are reported as timeouts too without being run; phases in `skip` (those that
 * timed out in an earlier repetition) are not run either. `closed` is false when the page could not
 * be closed, a sign that the browser should be restarted.
 */
export async function measureRun(
	browser: Browser,
	probePath: string,
	target: Target,
	timeout: number,
	skip: ReadonlySet<Phase> = new Set()
): Promise<RunResult & { closed: boolean; timedOut: Phase[] }> {
	const metrics = emptyMetrics();
	const problems: string[] = [];
	const timedOut: Phase[] = [];
	let showsDataset: boolean | null = null;
	let title: string | null = null;
	let zoomFrames: FrameStats | undefined;
	let panFrames: FrameStats | undefined;
	if (skip.has('load')) {
		for (const metric of METRICS) metrics[metric] = 'timeout';
		problems.push('not run: loading timed out in an earlier repetition');
		return { metrics, showsDataset, title, problems, closed: true, timedOut };
	}
	const { context, page } = await newPage(browser, probePath);
	const scripts = recordScripts(page);
	const phases: Record<Phase, () => Promise<void>> = {
		load: async () => {
			const times = await load(page, target.url, timeout + 5_000);
			metrics.ready_ms = round(times.ready);
			metrics.painted_ms = round(times.painted);
			title = await page.title();
			if (target.expectTitle !== undefined) showsDataset = title.includes(target.expectTitle);
			metrics.dom_elements = await page.evaluate(() =>
				(window as unknown as ProbeWindow).__bench.elements()
			);
			metrics.heap_mb = round((await heapAfterGc(context, page)) / 1024 / 1024);
			metrics.js_gzip_kb = round((await scripts()) / 1024);
		},
		zoom: async () => {
			zoomFrames = await zoom(page, target.surface);
			setFrames(metrics, 'zoom', zoomFrames);
		},
		pan: async () => {
			panFrames = await pan(page, target.surface);
			setFrames(metrics, 'pan', panFrames);
		},
		filter: async () => {
			if (target.search) setFrames(metrics, 'filter', await filter(page, target.search));
			else for (const metric of PHASE_METRICS.filter) metrics[metric] = 'n/a';
		}
	};
	// Set once a phase times out (or the page never loaded): later phases cannot be measured.
	let blocked: 'timeout' | 'error' | null = null;
	for (const name of ['load', 'zoom', 'pan', 'filter'] as const) {
		const owned = PHASE_METRICS[name];
		if (blocked !== null || skip.has(name)) {
			for (const metric of owned) metrics[metric] = blocked ?? 'timeout';
			if (blocked === null)
				problems.push(`${name}: not run, it timed out in an earlier repetition`);
			continue;
		}
		try {
			await withTimeout(phases[name](), timeout, name);
		} catch (error) {
			const outcome =
				error instanceof PhaseTimeout || isPlaywrightTimeout(error) ? 'timeout' : 'error';
			for (const metric of owned) {
				if (typeof metrics[metric] !== 'number') metrics[metric] = outcome;
			}
			problems.push(`${name}: ${describe(error)}`);
			if (outcome === 'timeout') timedOut.push(name);
			if (outcome === 'timeout' || name === 'load') blocked = outcome;
		}
	}
	const closed = await closeQuietly(context);
	return { metrics, showsDataset, title, zoomFrames, panFrames, problems, closed, timedOut };
}
