import * as v from 'valibot';
import { dateProblem } from '../time/partial-date';

/**
 * The dataset format, as a valibot schema. It validates at run time, gives the TypeScript types,
 * and is turned into data/schema/timeline.schema.json for editors. Messages are written to read
 * after a field name: `start "1995-13-28" is not a valid date`.
 */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^-?\d{4,12}(?:-\d{2}(?:-\d{2})?)?$/;
const HTTP_PATTERN = /^https?:\/\/[^\s]+$/i;
const COLOUR_PATTERN = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const text = (what: string) =>
	v.pipe(
		v.string('must be a string'),
		v.trim(),
		v.nonEmpty(`must not be empty`),
		v.description(what)
	);

const slug = (what: string) =>
	v.pipe(
		v.string('must be a string'),
		v.regex(
			SLUG_PATTERN,
			(issue) => `${issue.received} must be a slug (lowercase letters, digits and hyphens)`
		),
		v.description(what)
	);

const partialDate = (what: string) =>
	v.pipe(
		v.string('must be a string'),
		v.regex(
			DATE_PATTERN,
			(issue) => `${issue.received} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`
		),
		v.check(
			(value) => dateProblem(value) === null,
			(issue) => `${JSON.stringify(issue.input)} ${dateProblem(issue.input)}`
		),
		v.description(
			`${what} ISO 8601, and its length is its precision: "1948", "2013-07" or "2023-09-05". Negative years are BCE ("-0043" is 44 BCE); years beyond ±271,820, up to 12 digits, stand alone ("-13800000000").`
		)
	);

const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const languageTag = (what: string) =>
	v.pipe(
		v.string('must be a string'),
		v.regex(
			LANGUAGE_PATTERN,
			(issue) => `${issue.received} must be a BCP 47 language tag like "en-GB"`
		),
		v.description(what)
	);

/**
 * Text in other languages, by BCP 47 tag: `{ "ar": { "title": "…" }, "he": { … } }`. A reader
 * whose interface is in one of them sees it; anything not translated falls back to the dataset's
 * own language.
 */
const translations = <T extends v.ObjectEntries>(what: string, entries: T) =>
	v.pipe(
		v.record(
			languageTag('Language of the translation.'),
			v.strictObject(entries),
			'must map language tags to translations'
		),
		v.description(what)
	);

const httpUrl = (what: string) =>
	v.pipe(
		v.string('must be a string'),
		v.regex(HTTP_PATTERN, (issue) => `${issue.received} must be an http: or https: URL`),
		v.description(what)
	);

export const SourceSchema = v.strictObject({
	title: text('Title of the cited document or page.'),
	url: httpUrl('Address of the source (http: or https:).'),
	publisher: text('Who published it: "United Nations", "U.S. Department of State", "BBC News".'),
	date: v.optional(partialDate('Publication date,'))
});

export const MediaSchema = v.strictObject({
	url: httpUrl('Address of an image (http: or https:).'),
	alt: text('Text alternative describing the image.'),
	credit: v.optional(text('Who made or holds the image.')),
	caption: v.optional(text('Caption shown under the image.'))
});

export const LinkSchema = v.strictObject({
	title: text("Text of the link, as the event's text gave it."),
	url: httpUrl('Address of the linked page (http: or https:).')
});

export const EventSchema = v.strictObject({
	id: slug('Unique, stable identifier used in links: lowercase letters, digits and hyphens.'),
	start: partialDate('When the event began,'),
	end: v.optional(partialDate('When a lasting event ended (inclusive), at its own precision,')),
	displayDate: v.optional(
		text(
			'The date as its author wrote it, such as "Spring 1948" or "c. 1500 BCE", for readers; start and end still place the event.'
		)
	),
	title: text('Short, neutral title.'),
	summary: text('One or two plain sentences.'),
	description: v.optional(
		text('Further context, without opinion. Paragraphs are separated by a blank line.')
	),
	category: v.optional(slug('Id of one of the dataset categories.')),
	actors: v.optional(
		v.array(slug('Id of one of the dataset actors.'), 'must be a list of actor ids')
	),
	topics: v.optional(
		v.array(slug('Id of one of the dataset topics.'), 'must be a list of topic ids')
	),
	related: v.optional(
		v.array(slug('Id of another event of the dataset.'), 'must be a list of event ids')
	),
	importance: v.pipe(
		v.number('must be 1, 2 or 3'),
		v.integer('must be 1, 2 or 3'),
		v.minValue(1, 'must be 1, 2 or 3'),
		v.maxValue(3, 'must be 1, 2 or 3'),
		v.description('1 = headline turning point, 2 = notable, 3 = detail.')
	),
	// Optional so that imported timelines, which cite no sources, can be shown; when given, the
	// list must not be empty. The default dataset cites at least one for every event (its tests).
	sources: v.optional(
		v.pipe(
			v.array(SourceSchema, 'must be a list of sources'),
			v.minLength(1, 'must list at least one source'),
			v.description('What the event rests on: at least one source when the field is given.')
		)
	),
	links: v.optional(
		v.pipe(
			v.array(LinkSchema, 'must be a list of links'),
			v.description("Web pages the event's text links to, in the order they appear.")
		)
	),
	media: v.optional(MediaSchema),
	translations: v.optional(
		translations('The title and summary in other languages, with sources for the names used.', {
			title: text('The title in this language, using the names its readers know.'),
			summary: v.optional(text('The summary in this language.')),
			sources: v.optional(
				v.pipe(
					v.array(SourceSchema, 'must be a list of sources'),
					v.minLength(1, 'must list at least one source'),
					v.description('Sources in this language for the names the title uses.')
				)
			)
		})
	)
});

export const CategorySchema = v.strictObject({
	id: slug('Category identifier.'),
	label: text('Category name shown in the legend.'),
	color: v.optional(
		v.pipe(
			v.string('must be a string'),
			v.regex(COLOUR_PATTERN, (issue) => `${issue.received} must be a hex colour like "#0072b2"`),
			v.description('Hex colour of the category marks.')
		)
	),
	translations: v.optional(
		translations('The category name in other languages.', { label: text('Category name.') })
	)
});

export const ActorSchema = v.strictObject({
	id: slug('Actor identifier.'),
	label: text('Name of the country, organisation or person.')
});

export const EraSchema = v.strictObject({
	id: slug('Era identifier.'),
	title: text('Era name drawn on its band.'),
	start: partialDate('Start of the era,'),
	end: partialDate('End of the era (inclusive),'),
	translations: v.optional(
		translations('The era name in other languages.', { title: text('Era name.') })
	)
});

export const TopicSchema = v.strictObject({
	id: slug('Topic identifier.'),
	label: text('Topic name shown in filters and on event pages.'),
	description: text('One short sentence saying what the topic covers.'),
	translations: v.optional(
		translations('The topic in other languages.', {
			label: text('Topic name.'),
			description: v.optional(text('What the topic covers.'))
		})
	)
});

export const StoryStepSchema = v.strictObject({
	event: slug('Id of the event this step shows.'),
	note: v.optional(text('One or two sentences connecting this step to the previous one.'))
});

export const StorySchema = v.strictObject({
	id: slug('Story identifier, used in links.'),
	title: text('Title of the story.'),
	summary: text('What the story follows, in a sentence or two.'),
	steps: v.pipe(
		v.array(StoryStepSchema, 'must be a list of steps'),
		v.minLength(1, 'must list at least one step'),
		v.description('Steps in time order.')
	)
});

export const DatasetSchema = v.strictObject({
	$schema: v.optional(v.string('must be a string')),
	title: text('Title of the timeline.'),
	description: text('What the timeline covers.'),
	language: languageTag(
		'BCP 47 language tag of the text, used to format dates unless the reader chose another language.'
	),
	translations: v.optional(
		translations('The title and description in other languages.', {
			title: v.optional(text('Title of the timeline.')),
			description: v.optional(text('What the timeline covers.'))
		})
	),
	categories: v.optional(v.array(CategorySchema, 'must be a list of categories')),
	actors: v.optional(v.array(ActorSchema, 'must be a list of actors')),
	eras: v.optional(v.array(EraSchema, 'must be a list of eras')),
	topics: v.optional(v.array(TopicSchema, 'must be a list of topics')),
	events: v.array(EventSchema, 'must be a list of events'),
	stories: v.optional(v.array(StorySchema, 'must be a list of stories'))
});

export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type LinkInput = v.InferOutput<typeof LinkSchema>;
export type MediaInput = v.InferOutput<typeof MediaSchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type CategoryInput = v.InferOutput<typeof CategorySchema>;
export type ActorInput = v.InferOutput<typeof ActorSchema>;
export type EraInput = v.InferOutput<typeof EraSchema>;
export type TopicInput = v.InferOutput<typeof TopicSchema>;
export type StoryInput = v.InferOutput<typeof StorySchema>;
export type DatasetInput = v.InferOutput<typeof DatasetSchema>;
