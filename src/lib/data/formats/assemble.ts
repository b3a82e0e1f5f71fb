import type { ActorInput, CategoryInput, DatasetInput, EraInput, EventInput } from '../schema';
import { eventProblems } from './event-check';
import type { Notes } from './notes';
import { count, formatProblem, type Problem } from './problems';
import { IdAllocator, slugify } from './slug';
import { UNKNOWN_LANGUAGE, type FormatName, type ImportOptions, type ImportResult } from './types';

/**
 * The last steps every importer shares: give each event an id, check it, and put the dataset
 * together with its warnings, or refuse the file when no event is left.
 */
export interface Draft {
	/** Where the event is in the file: `events[3]`, `row 5`. */
	readonly where: string;
	readonly event: Omit<EventInput, 'id'>;
	/** The id the file gave, as written. */
	readonly givenId?: string;
}

export interface Identified {
	readonly events: EventInput[];
	readonly leftOut: Problem[];
	readonly warnings: string[];
}

/** A CSV file names no timeline of its own: its title, description and language come from here. */
export function csvHeading(options: ImportOptions, events: number) {
	return {
		title: options.name ?? 'Imported timeline',
		description: `${count(events, 'event')} imported from a CSV file.`,
		language: options.language ?? UNKNOWN_LANGUAGE,
		eras: []
	};
}

/**
 * Ids the file gives are kept (as slugs) and win over ids made from headlines, as in TimelineJS;
 * a duplicate gets a numbered id and a warning naming both. Events the format rejects are left
 * out with every reason.
 */
export function identify(drafts: readonly Draft[], notes: Notes): Identified {
	const ids = new IdAllocator();
	const firstWhere = new Map<string, string>();
	const chosen = drafts.map((draft) => {
		const slug = slugify(draft.givenId ?? '');
		if (!slug) return undefined;
		if (slug !== draft.givenId) notes.add('rewritten-id', `"${draft.givenId}" → "${slug}"`);
		if (!ids.reserve(slug)) return { slug, duplicateOf: firstWhere.get(slug) };
		firstWhere.set(slug, draft.where);
		return { slug, duplicateOf: undefined };
	});
	const result: Identified = { events: [], leftOut: [], warnings: [] };
	drafts.forEach((draft, i) => {
		const given = chosen[i];
		let id = given?.slug;
		if (given === undefined) {
			id = ids.unique(slugify(draft.event.title) || 'event');
			// An id in a script with no Latin letters makes no slug: it is replaced, not missing.
			if (draft.givenId) notes.add('rewritten-id', `"${draft.givenId}" → "${id}"`);
			else notes.add('generated-id', `"${id}"`);
		} else if (given.duplicateOf !== undefined) {
			id = ids.unique(given.slug);
			result.warnings.push(
				`${draft.where}: id "${given.slug}" duplicates ${given.duplicateOf}; this event is now "${id}"`
			);
		}
		const event = { id: id ?? '', ...draft.event };
		const problems = eventProblems(event);
		if (problems.length === 0) result.events.push(event);
		else result.leftOut.push(...problems.map((p) => ({ where: draft.where, id, ...p })));
	});
	return result;
}

export interface Parts {
	readonly format: FormatName;
	readonly title: string;
	readonly description: string;
	readonly language: string;
	readonly categories: readonly CategoryInput[];
	readonly actors?: readonly ActorInput[];
	readonly eras: readonly EraInput[];
	readonly events: readonly EventInput[];
	/** Every event that could not be imported, with its reasons. */
	readonly leftOut: readonly Problem[];
	/** How many events the file held. */
	readonly total: number;
	readonly warnings: readonly string[];
	readonly notes: Notes;
}

export function assemble(parts: Parts): ImportResult {
	const leftOut = parts.leftOut.map(formatProblem);
	if (parts.events.length === 0) {
		return { ok: false, errors: leftOut.length > 0 ? leftOut : ['the file has no events'] };
	}
	const left = new Set(parts.leftOut.map((problem) => problem.where)).size;
	const dataset: DatasetInput = {
		title: parts.title,
		description: parts.description,
		language: parts.language,
		...(parts.categories.length > 0 ? { categories: [...parts.categories] } : {}),
		...(parts.actors?.length ? { actors: [...parts.actors] } : {}),
		...(parts.eras.length > 0 ? { eras: [...parts.eras] } : {}),
		events: [...parts.events]
	};
	const heading = leftOut.length > 0 ? [`Left out ${left} of ${count(parts.total, 'event')}:`] : [];
	return {
		ok: true,
		format: parts.format,
		dataset,
		problems: [...heading, ...leftOut, ...parts.warnings, ...parts.notes.lines()]
	};
}
