import { num } from './numbers';

/**
 * Interface text, in one place so that a translation touches only this module. Functions take
 * what varies; dataset text never passes through here.
 */
export const strings = {
	footer:
		'Built from a JSON dataset with open-source code. Every event cites its sources; select an event to see them.',
	timeline: {
		label: (count: number, span: string) =>
			`Timeline of ${num(count)} ${count === 1 ? 'event' : 'events'}, ${span}. Arrow keys move between events and lanes, Home and End go to the first and last event, Enter opens one; + and − zoom, 0 shows all, Shift with ← or → pans.`,
		skipToTimeline: 'Skip to the timeline',
		skipToList: 'Skip to the list of events',
		skipToContent: 'Skip to the content',
		zoom: 'Zoom',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		fitAll: 'Fit all'
	},
	marks: {
		/** A mark's accessible name: its date at its precision, title and category. */
		event: (when: string, title: string, category: string | undefined, dimmed: boolean) =>
			`${when}: ${title}${category ? ` (${category})` : ''}${dimmed ? ', not matching the search' : ''}`,
		/** Starts with the mark's visible "+N", as drawn, so the visible label is part of the name. */
		cluster: (count: number, span: string) =>
			`+${count} more ${count === 1 ? 'event' : 'events'}, ${span}. Press Enter to zoom in and show ${count === 1 ? 'it' : 'them'}.`,
		/** Starts with the era's title, so the visible label, however shortened, is part of the name. */
		era: (title: string) => `${title}: zoom to this era`
	},
	legend: 'Categories',
	overview:
		'Overview of the whole timeline; drag or resize the highlighted window to move the view',
	list: {
		toggle: 'List view',
		disclosure: 'List of events',
		heading: (all: boolean, filtered: boolean) =>
			all
				? filtered
					? 'All matching events'
					: 'All events'
				: filtered
					? 'Matching events in view'
					: 'Events in view',
		more: (count: number) =>
			`${num(count)} more ${count === 1 ? 'event' : 'events'} in this view: zoom in to list ${count === 1 ? 'it' : 'them'}.`,
		outsideEras: 'Outside the named eras',
		empty: 'No events in this view.'
	},
	time: {
		/** The two ends of a span of time, as the status and labels say it: "1950 to 1956". */
		span: (from: string, to: string) => `${from} to ${to}`
	},
	announce: {
		/** Said politely once the view or the search settles. */
		view: (span: string, count: number, filtered: boolean) =>
			`${span}: ${num(count)} ${filtered ? (count === 1 ? 'matching event' : 'matching events') : count === 1 ? 'event' : 'events'}.`
	},
	detail: {
		close: 'Close details',
		involved: 'Involved:',
		sources: 'Sources',
		links: 'Links'
	},
	search: {
		label: 'Search events',
		placeholder: 'Search titles, summaries, people…',
		filters: 'Filters',
		facets: { category: 'Categories', actor: 'People and organisations', topic: 'Topics' },
		hide: 'Hide non-matching events',
		count: (shown: number, total: number) => `${num(shown)} of ${num(total)} events`,
		noMatch: 'No events match this search.',
		clear: 'Clear search and filters'
	},
	story: {
		stories: 'Stories',
		position: (step: number, total: number) => `Step ${num(step)} of ${num(total)}`,
		previous: 'Previous',
		next: 'Next',
		exit: 'Leave the story',
		walkHint: 'Previous and next event in time'
	},
	eventPage: {
		openInTimeline: 'Show on the timeline',
		involved: 'Involved',
		topics: 'Topics',
		sources: 'Sources',
		related: 'Related events',
		neighbours: 'Earlier and later events',
		imageAlt: (title: string) => `The timeline “${title}”`
	},
	export: {
		label: 'Download the view as a picture, or the events the search and filters show',
		csv: 'CSV',
		json: 'JSON',
		svg: 'SVG',
		png: 'PNG',
		sourceLine: (url: string) => `Source: ${url}`
	},
	embed: {
		wheelHint: (key: string) => `Use ${key} + scroll to zoom`,
		fullView: 'Open full view ↗'
	},
	embedDialog: {
		open: 'Embed',
		title: 'Embed this timeline',
		intro:
			'Paste this code into a page to show the timeline as it is now: the same view, search, filters and open event.',
		close: 'Close',
		theme: 'Colours',
		themes: { light: 'Light', dark: 'Dark', auto: 'As the reader’s system' },
		show: 'Show',
		controls: 'Search, stories and zoom buttons',
		overview: 'Overview strip',
		height: 'Height',
		autoHeight: 'Fit the content (uses a small script)',
		fixedHeight: 'Fixed',
		fixedHeightPixels: 'Fixed height in pixels',
		code: 'Embed code',
		copy: 'Copy code',
		copied: 'Code copied',
		copyFailed: 'Copying is not allowed here: the code is selected, press Ctrl+C or ⌘+C.',
		preview: 'Preview',
		previewTitle: (title: string) => `Preview: ${title}`
	},
	share: {
		share: 'Share',
		copied: 'Link copied',
		failed: 'Copy this link:'
	},
	theme: {
		label: 'Theme',
		auto: 'Automatic',
		light: 'Light',
		dark: 'Dark'
	},
	dataset: {
		open: 'Open a timeline',
		address: 'Address of a timeline file or a published Google Sheet',
		addressPlaceholder: 'https://…/timeline.json',
		openAddress: 'Open',
		chooseFile: 'Choose a file',
		fileHint:
			'This project’s JSON or CSV, a TimelineJS JSON file or its spreadsheet saved as CSV. Files are read in your browser and never uploaded.',
		drop: 'Drop a timeline file here',
		showing: (title: string, from: string) => `Showing “${title}” from ${from}.`,
		backToDefault: 'Back to the default timeline',
		cannotShow: 'This dataset cannot be shown',
		problems: (from: string, count: number) =>
			`The timeline from ${from} has ${num(count)} problem${count === 1 ? '' : 's'}:`,
		warnings: (count: number) =>
			`${num(count)} note${count === 1 ? '' : 's'} on this timeline: some of it was changed or left out.`,
		loading: (from: string) => `Loading the timeline from ${from}…`,
		checking: (from: string) => `Checking the timeline from ${from}…`,
		unreachable: (address: string) =>
			`${address} could not be reached: check the connection, then try again.`,
		progress: 'Progress'
	},
	notFound: {
		title: 'Page not found',
		errorTitle: (status: number) => `Error ${status}`,
		explanation:
			'There is no page at this address. It may have moved, or the link may be mistyped.',
		home: 'Open the timeline',
		embed: 'Open the embeddable timeline'
	},
	notice: {
		dismiss: 'Dismiss',
		unknown: {
			category: (id: string) => `No category “${id}” in this timeline.`,
			actor: (id: string) => `No person or organisation “${id}” in this timeline.`,
			topic: (id: string) => `No topic “${id}” in this timeline.`,
			story: (id: string) => `No story “${id}” in this timeline.`
		},
		unknownEvent: (id: string, showingAll: boolean) =>
			`No event “${id}” in this timeline${showingAll ? '; showing all events' : ''}.`,
		unreadableView: (from: string, to: string) =>
			`The view in the address (from “${from}” to “${to}”) could not be read; showing the whole timeline.`,
		unknownOption: (name: string, value: string) =>
			`The address’s ${name}=“${value}” is not understood, and was ignored.`,
		unknownLanguage: (tag: string) => `The interface is not available in “${tag}”.`
	}
} as const;

/** Any string where English has one, and the same parameters where it has a function. */
type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => string
		? (...args: A) => string
		: { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every translation of the interface has: the English keys, each translated. */
export type Strings = Widen<typeof strings>;
