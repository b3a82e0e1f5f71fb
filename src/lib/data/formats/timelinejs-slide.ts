import type { EventInput, LinkInput } from '../schema';
import type { Labels } from './labels';
import { htmlToLine, htmlToText } from './html-text';
import type { Notes } from './notes';
import type { Problem } from './problems';
import { ellipsize, firstSentences, summarise, TITLE_LENGTH } from './summary';
import { readTimelineJsDate, type DateFields, type DateRead } from './timelinejs-date';
import { readMedia } from './timelinejs-media';
import { isObject, textOf, type Fields } from './values';

/**
 * One TimelineJS slide as one of our events, still without its id (ids are given once every slide
 * is read, so that ids the file gives win over ids made from headlines).
 *
 * TimelineJS has no importance: every event is 2, notable, so none is drawn as a headline and none
 * is hidden before another. It cites no sources either, so imported events have none; links in
 * the text, and media that are not images, become the event's `links`.
 */
export interface SlideContext {
	readonly baseUrl?: string;
	readonly notes: Notes;
	readonly categories: Labels;
	readonly dateFields: { readonly start: DateFields; readonly end: DateFields };
}

export type EventDraft = Omit<EventInput, 'id'>;

export type SlideRead =
	| { readonly ok: true; readonly event: EventDraft; readonly givenId?: string }
	| { readonly ok: false; readonly problems: readonly Problem[] };

/** The date a reader is shown: the slide's own display_date, or its dates' own. */
function displayDate(slide: Fields, start: DateRead, end: DateRead | undefined): string {
	const own = htmlToLine(textOf(slide.display_date)).line;
	if (own) return own;
	const from = start.ok === true ? htmlToLine(start.display ?? '').line : '';
	const to = end?.ok === true ? htmlToLine(end.display ?? '').line : '';
	if (!from && !to) return '';
	if (end?.ok !== true) return from;
	return `${from || (start.ok === true ? start.date : '')} – ${to || end.date}`;
}

/** A colour or an image behind the slide: `{"color": "#fff"}`, `{"url": "…"}`, or a spreadsheet cell. */
const hasBackground = (value: unknown) =>
	isObject(value)
		? Boolean(textOf(value.url).trim() || textOf(value.color).trim())
		: Boolean(textOf(value).trim());

function uniqueLinks(links: readonly LinkInput[]): LinkInput[] {
	if (links.length < 2) return [...links];
	const seen = new Set<string>();
	return links.filter((link) => !seen.has(link.url) && seen.add(link.url));
}

function readDates(slide: Fields, where: string, context: SlideContext) {
	const problems: Problem[] = [];
	const start =
		slide.start_date === undefined
			? ({ ok: 'empty' } as const)
			: readTimelineJsDate(slide.start_date, context.dateFields.start);
	const end =
		slide.end_date === undefined
			? undefined
			: readTimelineJsDate(slide.end_date, context.dateFields.end);
	if (start.ok === 'empty' || start.ok === 'no-year') {
		const field =
			start.ok === 'empty'
				? context.dateFields.start.year.replace(/\.year$/, '')
				: context.dateFields.start.year;
		problems.push({ where, field, reason: 'is missing', hint: 'every event needs a start year' });
	} else if (start.ok === false) {
		problems.push({ where, ...start.problem });
	}
	if (end?.ok === false) problems.push({ where, ...end.problem });
	if (end?.ok === 'no-year') context.notes.add('end-without-year', where);
	for (const date of [start, end]) {
		if (date?.ok !== true) continue;
		if (date.hasTime) context.notes.add('time-of-day', where);
		if (date.droppedDay) context.notes.add('day-without-month', where);
		if (date.droppedMonth) context.notes.add('deep-time-month', where);
	}
	return { start, end, problems };
}

/** The title, from the headline or else the text or the caption; '' when there is none. */
function titleOf(headline: string, paragraphs: readonly string[], caption: string): string {
	if (headline) return headline;
	const first = paragraphs[0];
	// A title is not a sentence: a single closing full stop goes, an ellipsis stays.
	return first
		? ellipsize(firstSentences(first, 1).sentences[0] ?? first, TITLE_LENGTH).replace(
				/(?<!\.)\.$/,
				''
			)
		: caption;
}

export function readSlide(slide: unknown, where: string, context: SlideContext): SlideRead {
	if (!isObject(slide)) {
		const hint = 'each event is an object with a start_date and text';
		return { ok: false, problems: [{ where, reason: 'is not an object', hint }] };
	}
	const givenId = textOf(slide.unique_id).trim() || undefined;
	const { start, end, problems } = readDates(slide, where, context);
	const content = isObject(slide.text) ? slide.text : {};
	const headline = htmlToLine(textOf(content.headline), context.baseUrl);
	const body = htmlToText(textOf(content.text), context.baseUrl);
	const caption = isObject(slide.media) ? htmlToLine(textOf(slide.media.caption)).line : '';
	const title = titleOf(headline.line, body.paragraphs, caption);
	if (!title) {
		const hint = 'give it a headline';
		problems.push({ where, reason: 'has no headline, text or media caption to title it', hint });
	}
	if (problems.length > 0 || start.ok !== true) {
		return { ok: false, problems: problems.map((p) => ({ ...p, id: givenId })) };
	}
	if (!headline.line) context.notes.add('untitled', where);
	const media = readMedia(slide.media, { ...context, where, title });
	const links = uniqueLinks([...headline.links, ...body.links, ...media.links]);
	const group = htmlToLine(textOf(slide.group)).line;
	if (hasBackground(slide.background)) context.notes.add('background', where);
	const endDate = end?.ok === true && end.date !== start.date ? end.date : undefined;
	const shown = displayDate(slide, start, endDate === undefined ? undefined : end);
	const event: EventDraft = {
		start: start.date,
		...(endDate ? { end: endDate } : {}),
		...(shown ? { displayDate: shown } : {}),
		title,
		...(summarise(body.paragraphs) ?? { summary: title }),
		...(group ? { category: context.categories.idFor(group) } : {}),
		importance: 2,
		...(links.length > 0 ? { links } : {}),
		...(media.media ? { media: media.media } : {})
	};
	return { ok: true, event, givenId };
}
