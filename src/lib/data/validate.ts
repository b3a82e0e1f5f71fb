import * as v from 'valibot';
import { parsePartialDate } from '../time/partial-date';
import { endsBeforeStart, spanStart } from '../time/span';
import { normalise } from './normalise';
import { quickParse } from './quick-check';
import { DatasetSchema, type DatasetInput } from './schema';
import type { Timeline } from './types';

export type ValidationResult =
	| { readonly ok: true; readonly timeline: Timeline }
	| { readonly ok: false; readonly errors: readonly string[] };

export type CheckResult =
	| { readonly ok: true; readonly dataset: DatasetInput }
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

/** `sources[0].url`: a path within an item, as a reader would write it. */
export function fieldName(path: Path): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}

function message(input: unknown, path: Path, reason: string): string {
	const { where, field } = place(input, path);
	const subject = field ? `${field} ${reason}` : reason;
	return where ? `${where}: ${subject}` : subject;
}

/** A schema issue's reason, written to follow the field's name. */
export function issueReason(issue: v.BaseIssue<unknown>): string {
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

const LISTS = ['categories', 'actors', 'eras', 'topics', 'events', 'stories'] as const;

function duplicateErrors(data: DatasetInput): string[] {
	const errors: string[] = [];
	for (const list of LISTS) {
		const first = new Map<string, number>();
		(data[list] ?? []).forEach((item, index) => {
			const earlier = first.get(item.id);
			if (earlier === undefined) first.set(item.id, index);
			else errors.push(message(data, [list, index, 'id'], `duplicates ${list}[${earlier}]`));
		});
	}
	return errors;
}

/** Each id an event refers to, checked against the list it must come from. */
function referenceErrors(data: DatasetInput): string[] {
	const errors: string[] = [];
	const ids = (list: readonly { id: string }[] | undefined) =>
		new Set((list ?? []).map((i) => i.id));
	const categories = ids(data.categories);
	const known = { actors: ids(data.actors), topics: ids(data.topics), related: ids(data.events) };
	const what = {
		actors: "dataset's actors",
		topics: "dataset's topics",
		related: "dataset's events"
	};
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
		for (const field of ['actors', 'topics', 'related'] as const) {
			event[field]?.forEach((id, i) => {
				const path = ['events', index, field, i];
				if (!known[field].has(id)) {
					errors.push(message(data, path, `"${id}" is not one of the ${what[field]}`));
				} else if (field === 'related' && id === event.id) {
					errors.push(message(data, path, `"${id}" is the event itself`));
				}
			});
		}
	});
	return errors;
}

/** Story steps must name known events and never go back in time. */
function storyErrors(data: DatasetInput): string[] {
	const errors: string[] = [];
	if (!data.stories?.length) return errors;
	const starts = new Map(
		data.events.map((event) => [event.id, spanStart(parsePartialDate(event.start))])
	);
	data.stories.forEach((story, s) => {
		let previous: { id: string; t: number } | undefined;
		story.steps.forEach((step, i) => {
			const path = ['stories', s, 'steps', i, 'event'];
			const t = starts.get(step.event);
			if (t === undefined) {
				errors.push(message(data, path, `"${step.event}" is not one of the dataset's events`));
				return;
			}
			if (previous && t < previous.t) {
				errors.push(
					message(data, path, `"${step.event}" starts before the previous step "${previous.id}"`)
				);
			}
			previous = { id: step.event, t };
		});
	});
	return errors;
}

function endErrors(data: DatasetInput): string[] {
	const errors: string[] = [];
	for (const list of ['events', 'eras'] as const) {
		(data[list] ?? []).forEach((item, index) => {
			if (item.end === undefined) return;
			if (endsBeforeStart(parsePartialDate(item.start), parsePartialDate(item.end))) {
				errors.push(
					message(data, [list, index, 'end'], `"${item.end}" is before start "${item.start}"`)
				);
			}
		});
	}
	return errors;
}

/** Duplicate ids, dangling references and time order: the checks a schema cannot express. */
function consistencyErrors(data: DatasetInput): string[] {
	return [
		...duplicateErrors(data),
		...referenceErrors(data),
		...endErrors(data),
		...storyErrors(data)
	];
}

/**
 * Validates a parsed JSON value against the dataset format. Every error names the item (list,
 * index and id), the field and the reason, e.g. `events[12] "oslo-ii": start "1995-13-28" is not
 * a valid date`.
 */
export function validateDataset(input: unknown): ValidationResult {
	const result = checkDataset(input);
	return result.ok ? { ok: true, timeline: normalise(result.dataset) } : result;
}

/** valibot's parse of a dataset, skipped for one the schema accepts as it is (quick-check.ts). */
const parseDataset = quickParse(DatasetSchema);

/** Validates as `validateDataset` does and returns the dataset as the schema read it, text trimmed. */
export function checkDataset(input: unknown): CheckResult {
	const result = parseDataset(input);
	if (!result.success) return { ok: false, errors: schemaErrors(input, result.issues) };
	const errors = consistencyErrors(result.output);
	if (result.output.events.length === 0) errors.push('events must list at least one event');
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, dataset: result.output };
}

/** Validates or throws one Error whose message lists every problem, one per line. */
export function loadTimeline(input: unknown, name = 'dataset'): Timeline {
	const result = validateDataset(input);
	if (!result.ok) {
		throw new Error(`${name} is not a valid timeline:\n${result.errors.join('\n')}`);
	}
	return result.timeline;
}
