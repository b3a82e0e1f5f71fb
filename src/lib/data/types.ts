import type { PartialDate } from '../time/partial-date';
import type { Shape } from './shapes';
import type {
	ActorInput,
	CategoryInput,
	DatasetInput,
	EraInput,
	EventInput,
	StoryInput,
	TopicInput
} from './schema';

/** An event ready to draw: its dates parsed and its span on the time axis in UTC milliseconds. */
export interface TimelineEvent extends EventInput {
	readonly startDate: PartialDate;
	readonly endDate?: PartialDate;
	/** First instant covered. */
	readonly t0: number;
	/** First instant after the event (exclusive), so a year-only event spans its whole year. */
	readonly t1: number;
	/** True when the dataset gives an end: drawn as a bar. */
	readonly isRange: boolean;
	/** Position in the sorted event list. */
	readonly index: number;
	/** The language of the title and summary when they are a translation for the reader. */
	readonly lang?: string;
}

export interface Era extends EraInput {
	readonly t0: number;
	readonly t1: number;
}

export interface Category extends CategoryInput {
	/** The dataset's colour, or one from the default palette. */
	readonly color: string;
	/** The shape of its marks, by its position in the dataset's list (see shapes.ts). */
	readonly shape: Shape;
}

/** What a page's head says of the timeline it shows. */
export type Heading = Pick<Timeline, 'title' | 'description'>;

/** A validated dataset: events sorted by start, lookups by id, and the time extent it covers. */
export interface Timeline {
	readonly title: string;
	readonly description: string;
	readonly language: string;
	/** The language dates and numbers are written in: the reader's, or else the dataset's. */
	readonly locale: string;
	readonly translations?: DatasetInput['translations'];
	/** The timeline this one only adds translations to: the same events, in the same order. */
	readonly base?: Timeline;
	readonly categories: readonly Category[];
	readonly actors: readonly ActorInput[];
	readonly topics: readonly TopicInput[];
	/** Guided readings: steps through events, in time order. */
	readonly stories: readonly StoryInput[];
	readonly eras: readonly Era[];
	readonly events: readonly TimelineEvent[];
	/** [first instant, last instant] over events and eras. */
	readonly extent: readonly [number, number];
}
