/**
 * Seeded synthetic datasets for the benchmark, in the project's own format or as TimelineJS JSON
 * (timelinejs.ts): events over 1947–2023, denser in recent decades, about a fifth of them ranges,
 * five categories, 3–8 word titles. The same size and seed always give the same file, so runs and
 * machines compare like with like.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetInput, EventInput } from '../../src/lib/data/schema';
import { importDataset } from '../../src/lib/data/formats/import-dataset';
import { loadParsers } from '../../src/lib/data/formats/parsers';
import { validateDataset } from '../../src/lib/data/validate';
import { toTimelineJs } from './timelinejs';

// The importer checks the TimelineJS files as the command line would, every parser at hand.
await loadParsers();

/** Bump when the generated content changes, so cached files are made anew. */
const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 1947;

const FIRST_YEAR = 1947;
const LAST_YEAR = 2023;
const DAY_MS = 86_400_000;

/** mulberry32: a tiny, fast, deterministic 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const CATEGORIES = [
	{ id: 'conflict', label: 'Conflict' },
	{ id: 'diplomacy', label: 'Diplomacy' },
	{ id: 'economy', label: 'Economy' },
	{ id: 'society', label: 'Society' },
	{ id: 'science', label: 'Science and technology' }
] as const;

const WORDS = [
	'accord',
	'agency',
	'alliance',
	'assembly',
	'border',
	'budget',
	'cabinet',
	'ceasefire',
	'charter',
	'city',
	'coalition',
	'commission',
	'conference',
	'congress',
	'council',
	'court',
	'crisis',
	'delegation',
	'election',
	'embargo',
	'festival',
	'frontier',
	'harbour',
	'inquiry',
	'island',
	'launch',
	'league',
	'march',
	'mission',
	'northern',
	'observatory',
	'parliament',
	'protest',
	'railway',
	'reform',
	'republic',
	'research',
	'resolution',
	'river',
	'satellite',
	'settlement',
	'southern',
	'strike',
	'summit',
	'survey',
	'talks',
	'tariff',
	'treaty',
	'tribunal',
	'union',
	'university',
	'valley',
	'vote',
	'western'
];

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
	const item = list[Math.floor(random() * list.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

function title(random: Random): string {
	const count = 3 + Math.floor(random() * 6); // 3–8 words
	const words = Array.from({ length: count }, () => pick(random, WORDS));
	const text = words.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

type Precision = 'year' | 'month' | 'day';

function formatDate(ms: number, precision: Precision): string {
	const iso = new Date(ms).toISOString().slice(0, 10);
	return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1);
const LAST_MS = Date.UTC(LAST_YEAR, 11, 31);

/** A day in 1947–2023, weighted towards recent decades (density rising linearly over time). */
function startMillis(random: Random): number {
	const u = random();
	const position = random() < 0.2 ? u : Math.sqrt(u);
	const days = Math.floor((position * (LAST_MS - FIRST_MS)) / DAY_MS);
	return FIRST_MS + days * DAY_MS;
}

function precisionOf(random: Random): Precision {
	const u = random();
	return u < 0.75 ? 'day' : u < 0.9 ? 'month' : 'year';
}

function importanceOf(random: Random): 1 | 2 | 3 {
	const u = random();
	return u < 0.05 ? 1 : u < 0.3 ? 2 : 3;
}

interface Draft {
	t0: number;
	start: string;
	end?: string;
	precision: Precision;
}

function draftEvent(random: Random): Draft {
	const precision = precisionOf(random);
	const t0 = startMillis(random);
	const start = formatDate(t0, precision);
	if (random() >= 0.2) return { t0, start, precision };
	// Log-uniform length between a day and about ten years.
	const days = Math.round(Math.exp(random() * Math.log(3650)));
	let end = formatDate(Math.min(t0 + days * DAY_MS, LAST_MS), precision);
	if (end === start) {
		const step = precision === 'year' ? 366 : precision === 'month' ? 31 : 1;
		end = formatDate(Math.min(t0 + step * DAY_MS, LAST_MS), precision);
	}
	return end === start ? { t0, start, precision } : { t0, start, end, precision };
}

/** A dataset of `size` events; the same size and seed always give the same value. */
export function generateDataset(size: number, seed = DEFAULT_SEED): DatasetInput {
	const random = mulberry32(seed ^ Math.imul(size, 0x9e3779b1));
	const drafts = Array.from({ length: size }, () => draftEvent(random));
	drafts.sort((a, b) => a.t0 - b.t0 || a.start.localeCompare(b.start));
	const width = String(size).length;
	const events: EventInput[] = drafts.map((draft, index) => {
		const id = `event-${String(index + 1).padStart(width, '0')}`;
		const category = pick(random, CATEGORIES).id;
		const text = title(random);
		return {
			id,
			start: draft.start,
			...(draft.end === undefined ? {} : { end: draft.end }),
			title: text,
			summary: `Synthetic ${category} event number ${index + 1}, generated for the benchmark.`,
			category,
			importance: importanceOf(random),
			sources: [
				{
					title: `Record of ${text.toLowerCase()}`,
					url: `https://example.org/bench/${id}`,
					publisher: 'Example Archive'
				}
			]
		};
	});
	return {
		title: datasetTitle(size),
		description: `${size} generated events from ${FIRST_YEAR} to ${LAST_YEAR} (seed ${seed}), for measuring rendering speed.`,
		language: 'en-GB',
		categories: CATEGORIES.map((category) => ({ ...category })),
		actors: [],
		eras: [],
		events
	};
}

export function datasetTitle(size: number): string {
	return `Synthetic benchmark timeline of ${size} events`;
}

/** The file formats the benchmark serves the app: its own JSON, or TimelineJS3 JSON. */
export type BenchFormat = 'json' | 'timelinejs';

export function datasetFileName(size: number, format: BenchFormat, seed = DEFAULT_SEED): string {
	const kind = format === 'json' ? '' : `.${format}`;
	return `events-${size}-seed${seed}-v${GENERATOR_VERSION}${kind}.json`;
}

/** The file's content, checked with the app's own importer and validator on the way. */
function fileContent(dataset: DatasetInput, format: BenchFormat): string {
	const size = dataset.events.length;
	if (format === 'json') {
		const result = validateDataset(dataset);
		if (!result.ok) {
			const shown = result.errors.slice(0, 5).join('\n  ');
			throw new Error(`generated dataset of ${size} events is not valid:\n  ${shown}`);
		}
		return JSON.stringify(dataset);
	}
	const text = JSON.stringify(toTimelineJs(dataset));
	const imported = importDataset(new TextEncoder().encode(text));
	const problems = imported.ok ? imported.problems : imported.errors;
	if (!imported.ok || problems.length > 0 || imported.dataset.events.length !== size) {
		const shown = problems.slice(0, 5).join('\n  ');
		throw new Error(`the TimelineJS file of ${size} events does not import cleanly:\n  ${shown}`);
	}
	return text;
}

/**
 * Writes the dataset for `size` in `format` into `dir` unless it is there already, checks a new
 * file with the app's own importer and validator, and returns its file name. Both formats hold
 * the same events.
 */
export function ensureDataset(
	dir: string,
	size: number,
	format: BenchFormat,
	seed = DEFAULT_SEED
): string {
	const name = datasetFileName(size, format, seed);
	const path = join(dir, name);
	if (existsSync(path)) return name;
	mkdirSync(dir, { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, fileContent(generateDataset(size, seed), format));
	renameSync(temporary, path);
	return name;
}
