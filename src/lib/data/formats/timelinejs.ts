import type { EraInput } from '../schema';
import { assemble, identify, type Draft } from './assemble';
import { Labels } from './labels';
import { htmlToLine, htmlToText } from './html-text';
import { Notes } from './notes';
import { count, formatProblem, type Problem } from './problems';
import { IdAllocator, slugify } from './slug';
import type { DateFields } from './timelinejs-date';
import { readSlide, type SlideContext } from './timelinejs-slide';
import { UNKNOWN_LANGUAGE, type FormatName, type ImportOptions, type ImportResult } from './types';
import { isObject, textOf } from './values';

/**
 * A TimelineJS timeline, from its JSON or from its spreadsheet, as a dataset: the title slide
 * gives the title and description, slides become events, eras become eras, and groups become
 * categories. Each item comes with where it was in the file, so that every message points at it.
 */
export interface Located {
	readonly where: string;
	readonly value: unknown;
}

export interface TimelineJsInput {
	readonly format: FormatName;
	readonly title?: Located;
	readonly events: readonly Located[];
	readonly eras: readonly Located[];
	readonly dateFields: SlideContext['dateFields'];
	/** Warnings the caller found while reading the file, such as a second title row. */
	readonly warnings?: readonly string[];
}

/** The title slide's headline and text; its media and background have nowhere to go. */
function titleSlide(title: Located | undefined, fallback: string, notes: string[]) {
	const slide = isObject(title?.value) ? title.value : {};
	const content = isObject(slide.text) ? slide.text : {};
	const headline = htmlToLine(textOf(content.headline)).line;
	const body = htmlToText(textOf(content.text)).paragraphs.join('\n\n');
	if (title && isObject(slide.media) && textOf(slide.media.url).trim()) {
		notes.push(`${title.where}: the title slide's media is not shown by this timeline`);
	}
	return { title: headline || fallback, description: body };
}

function readEras(eras: readonly Located[], fields: SlideContext['dateFields']) {
	const ids = new IdAllocator();
	const kept: EraInput[] = [];
	const warnings: string[] = [];
	const leave = (problem: Problem) => warnings.push(`${formatProblem(problem)}; era left out`);
	for (const { where, value } of eras) {
		const notes = new Notes();
		const read = readSlide(value, where, {
			notes,
			categories: new Labels('category'),
			dateFields: fields
		});
		if (!read.ok) {
			read.problems.forEach(leave);
			continue;
		}
		const { start, end, title } = read.event;
		if (end === undefined) {
			const field = fields.end.year.replace(/\.year$/, '');
			leave({ where, field, reason: 'is missing', hint: 'an era needs an end date' });
			continue;
		}
		kept.push({ id: ids.unique(slugify(title) || 'era'), title, start, end });
	}
	return { eras: kept, warnings };
}

export function fromTimelineJs(input: TimelineJsInput, options: ImportOptions): ImportResult {
	const notes = new Notes();
	const categories = new Labels('category');
	const context: SlideContext = {
		baseUrl: options.baseUrl,
		notes,
		categories,
		dateFields: input.dateFields
	};
	const drafts: Draft[] = [];
	const leftOut: Problem[] = [];
	for (const { where, value } of input.events) {
		const read = readSlide(value, where, context);
		if (read.ok) drafts.push({ where, event: read.event, givenId: read.givenId });
		else leftOut.push(...read.problems);
	}
	const identified = identify(drafts, notes);
	const warnings = [...(input.warnings ?? [])];
	const eras = readEras(input.eras, input.dateFields);
	const head = titleSlide(input.title, options.name ?? 'Imported timeline', warnings);
	return assemble({
		format: input.format,
		title: head.title,
		description:
			head.description || `${count(identified.events.length, 'event')} imported from TimelineJS.`,
		language: options.language ?? UNKNOWN_LANGUAGE,
		categories: categories.list(),
		eras: eras.eras,
		events: identified.events,
		leftOut: [...leftOut, ...identified.leftOut],
		total: input.events.length,
		warnings: [...identified.warnings, ...eras.warnings, ...warnings],
		notes
	});
}

/** Names of date fields in TimelineJS JSON messages. */
export const JSON_DATE_FIELDS: { start: DateFields; end: DateFields } = {
	start: { year: 'start_date.year', month: 'start_date.month', day: 'start_date.day' },
	end: { year: 'end_date.year', month: 'end_date.month', day: 'end_date.day' }
};
