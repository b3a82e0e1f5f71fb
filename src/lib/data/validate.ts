import * as v from 'valibot';
import { parsePartialDate } from '../time/partial-date';
import { spanEnd, spanStart } from '../time/span';
import { PALETTE } from './palette';
import { DatasetSchema, type DatasetInput } from './schema';
import type { Era, Timeline, TimelineEvent } from './types';

export type ValidationResult =
	| { readonly ok: true; readonly timeline: Timeline }
	| { readonly ok: false; readonly errors: readonly string[] };

type Path = readonly (string | number)[];

/** `events[12] "oslo-ii"`: where an error is, naming an array item by index and, when it has one, id. */
function place(input: unknown, path: Path): { where: string; field: string } {
	const [list, index, ...rest] = path;
	if (typeof list === 'string' && typeof index === 'number') {
		const item = (input as Record<string, unknown[]>)[list]?.[index] as
			{ id?: unknown } | undefined;
		const id = typeof item?.id === 'string' ? ` ${JSON.stringify(item.id)}` : '';
		return { where: `${list}[${index}]${id}`, field: fieldName(rest) };
	}
	return { where: '', field: fieldName(path) };
}

function fieldName(path: Path): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}

function message(input: unknown, path: Path, reason: string): string {
	const { where, field } = place(input, path);
	const subject = field ? `${field} ${reason}` : reason;
	return where ? `${where}: ${subject}` : subject;
}

function issueReason(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
		return 'is not a known field';
	}
	if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing';
	if (issue.kind === 'schema' && issue.type === 'strict_object') return 'must be an object';
	return issue.message;
}

function schemaErrors(input: unknown, issues: readonly v.BaseIssue<unknown>[]): string[] {
	const seen = new Set<string>();
	const errors: string[] = [];
	for (const issue of issues) {
		const path = (issue.path ?? []).map((item) => item.key as string | number);
		const key = path.join('.');
		if (seen.has(key)) continue;
		seen.add(key);
		errors.push(message(input, path, issueReason(issue)));
	}
	return errors;
}

/** Duplicate ids and dangling references: the checks a schema cannot express. */
function consistencyErrors(data: DatasetInput): string[] {
	const errors: string[] = [];
	const lists = ['categories', 'actors', 'eras', 'events'] as const;
	for (const list of lists) {
		const first = new Map<string, number>();
		(data[list] ?? []).forEach((item, index) => {
			const earlier = first.get(item.id);
			if (earlier === undefined) first.set(item.id, index);
			else errors.push(message(data, [list, index, 'id'], `duplicates ${list}[${earlier}]`));
		});
	}
	const categories = new Set((data.categories ?? []).map((c) => c.id));
	const actors = new Set((data.actors ?? []).map((a) => a.id));
	data.events.forEach((event, index) => {
		if (event.category !== undefined && !categories.has(event.category)) {
			errors.push(
				message(
					data,
					['events', index, 'category'],
					`"${event.category}" is not one of the dataset's categories`
				)
			);
		}
		event.actors?.forEach((actor, a) => {
			if (!actors.has(actor)) {
				errors.push(
					message(
						data,
						['events', index, 'actors', a],
						`"${actor}" is not one of the dataset's actors`
					)
				);
			}
		});
	});
	for (const list of ['events', 'eras'] as const) {
		(data[list] ?? []).forEach((item, index) => {
			if (item.end === undefined) return;
			// The end is inclusive at its own precision: "1995-09" ends after a start of "1995-09-28".
			if (spanEnd(parsePartialDate(item.end)) <= spanStart(parsePartialDate(item.start))) {
				errors.push(
					message(data, [list, index, 'end'], `"${item.end}" is before start "${item.start}"`)
				);
			}
		});
	}
	return errors;
}

function normaliseEvents(data: DatasetInput): TimelineEvent[] {
	const parsed = data.events.map((event) => {
		const startDate = parsePartialDate(event.start);
		const endDate = event.end === undefined ? undefined : parsePartialDate(event.end);
		return {
			event,
			startDate,
			endDate,
			t0: spanStart(startDate),
			t1: spanEnd(endDate ?? startDate)
		};
	});
	// A stable sort keeps the dataset's own order for events that start together.
	parsed.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
	// Every event gets the same fields in the same order, present or not, so the engine sees one
	// object shape and the per-frame layout over thousands of events stays on its fast path.
	return parsed.map(({ event, startDate, endDate, t0, t1 }, index) => ({
		id: event.id,
		start: event.start,
		end: event.end,
		title: event.title,
		summary: event.summary,
		description: event.description,
		category: event.category,
		actors: event.actors,
		importance: event.importance,
		sources: event.sources,
		media: event.media,
		startDate,
		endDate,
		t0,
		t1,
		isRange: endDate !== undefined,
		index
	}));
}

function normalise(data: DatasetInput): Timeline {
	const events = normaliseEvents(data);
	const eras: Era[] = (data.eras ?? []).map((era) => ({
		...era,
		t0: spanStart(parsePartialDate(era.start)),
		t1: spanEnd(parsePartialDate(era.end))
	}));
	let lo = Infinity;
	let hi = -Infinity;
	for (const item of [...events, ...eras]) {
		lo = Math.min(lo, item.t0);
		hi = Math.max(hi, item.t1);
	}
	return {
		title: data.title,
		description: data.description,
		language: data.language,
		categories: (data.categories ?? []).map((category, i) => ({
			...category,
			color: category.color ?? PALETTE[i % PALETTE.length] ?? PALETTE[0]
		})),
		actors: data.actors ?? [],
		eras,
		events,
		extent: lo <= hi ? [lo, hi] : [0, 0]
	};
}

/**
 * Validates a parsed JSON value against the dataset format. Every error names the item (list,
 * index and id), the field and the reason, e.g. `events[12] "oslo-ii": start "1995-13-28" is not
 * a valid date`.
 */
export function validateDataset(input: unknown): ValidationResult {
	const result = v.safeParse(DatasetSchema, input);
	if (!result.success) return { ok: false, errors: schemaErrors(input, result.issues) };
	const errors = consistencyErrors(result.output);
	if (result.output.events.length === 0) errors.push('events must list at least one event');
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, timeline: normalise(result.output) };
}

/** Validates or throws one Error whose message lists every problem, one per line. */
export function loadTimeline(input: unknown, name = 'dataset'): Timeline {
	const result = validateDataset(input);
	if (!result.ok) {
		throw new Error(`${name} is not a valid timeline:\n${result.errors.join('\n')}`);
	}
	return result.timeline;
}
