/** The benchmark's table for the terminal and its JSON file. */
import { writeFileSync } from 'node:fs';
import type { BenchFormat } from './generate';
import { METRICS, type Metric, type Metrics, type RunResult } from './measure';
import { median, type Value } from './stats';

export type Side = 'ours' | 'vis';

export interface SideResult {
	/** Median over the repetitions, per metric. */
	readonly median: Metrics;
	readonly runs: readonly RunResult[];
}

export interface SizeResult {
	readonly size: number;
	/** The file format the app was given; vis-timeline always reads the same events as JSON. */
	readonly format: BenchFormat;
	readonly dataset: string;
	readonly ours: SideResult;
	readonly vis: SideResult;
}

export interface Report {
	readonly meta: Record<string, unknown>;
	readonly results: readonly SizeResult[];
}

const LABELS: Record<Metric, string> = {
	ready_ms: 'ready (ms)',
	painted_ms: 'painted (ms)',
	zoom_p50_ms: 'zoom frame p50 (ms)',
	zoom_p95_ms: 'zoom frame p95 (ms)',
	zoom_max_ms: 'zoom frame max (ms)',
	zoom_over50: 'zoom frames > 50 ms',
	pan_p50_ms: 'pan frame p50 (ms)',
	pan_p95_ms: 'pan frame p95 (ms)',
	pan_max_ms: 'pan frame max (ms)',
	pan_over50: 'pan frames > 50 ms',
	filter_p50_ms: 'typing a search: frame p50 (ms)',
	filter_p95_ms: 'typing a search: frame p95 (ms)',
	filter_max_ms: 'typing a search: frame max (ms)',
	heap_mb: 'JS heap after GC (MB)',
	dom_elements: 'DOM elements',
	js_gzip_kb: 'JS gzip / (kB)',
	embed_js_gzip_kb: 'JS gzip /embed (kB)'
};

export const FORMAT_NAMES: Record<BenchFormat, string> = { json: 'JSON', timelinejs: 'TimelineJS' };

export function medians(runs: readonly RunResult[]): Metrics {
	return Object.fromEntries(
		METRICS.map((metric) => [metric, median(runs.map((run) => run.metrics[metric]))])
	) as Metrics;
}

const COUNTS: ReadonlySet<Metric> = new Set(['zoom_over50', 'pan_over50', 'dom_elements']);

function show(value: Value, metric: Metric): string {
	if (typeof value !== 'number') return value;
	const digits = COUNTS.has(metric) ? 0 : 1;
	return value.toLocaleString('en-GB', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

function ratio(ours: Value, vis: Value): string {
	if (typeof ours !== 'number' || typeof vis !== 'number') return '—';
	if (ours === 0) return vis === 0 ? '—' : '∞';
	return `${(vis / ours).toFixed(2)}×`;
}

/** The table: dataset size and format × metric, ours against vis-timeline, and vis/ours. */
export function formatTable(results: readonly SizeResult[]): string {
	const header = ['events', 'format', 'metric', 'ours', 'vis-timeline', 'vis/ours'];
	const groups = results.map((result) =>
		METRICS.map((metric, i) => [
			i === 0 ? result.size.toLocaleString('en-GB') : '',
			i === 0 ? FORMAT_NAMES[result.format] : '',
			LABELS[metric],
			show(result.ours.median[metric], metric),
			show(result.vis.median[metric], metric),
			ratio(result.ours.median[metric], result.vis.median[metric])
		])
	);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...groups.flat().map((row) => (row[column] ?? '').length))
	);
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) =>
				column < 3 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)
			)
			.join('  ')
			.trimEnd();
	const rule = widths.map((width) => '-'.repeat(width)).join('  ');
	return [line(header), ...groups.flatMap((rows) => [rule, ...rows.map(line)])].join('\n');
}

export function writeReport(path: string, report: Report): void {
	writeFileSync(path, `${JSON.stringify(report, null, '\t')}\n`);
}
