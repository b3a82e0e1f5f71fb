/**
 * Interface text, in one place so that a translation touches only this module. Functions take
 * what varies; dataset text never passes through here.
 */
export const strings = {
	timeline: {
		label: (count: number, span: string) =>
			`Timeline of ${count} events, ${span}. Arrow keys move between events and lanes, Home and End go to the first and last event, Enter opens one; + and − zoom, 0 shows all, Shift with ← or → pans.`,
		skipToTimeline: 'Skip to the timeline',
		skipToList: 'Skip to the list of events',
		zoom: 'Zoom',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		fitAll: 'Fit all'
	},
	marks: {
		/** A mark's accessible name: its date at its precision, title and category. */
		event: (when: string, title: string, category: string | undefined, dimmed: boolean) =>
			`${when}: ${title}${category ? ` (${category})` : ''}${dimmed ? ', not matching the search' : ''}`,
		cluster: (count: number, span: string) =>
			`${count} more ${count === 1 ? 'event' : 'events'}, ${span}. Press Enter to zoom in and show them.`,
		/** Starts with the era's title, so the visible label, however shortened, is part of the name. */
		era: (title: string) => `${title}: zoom to this era`
	},
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
		more: (count: number) => `${count} more events in this view: zoom in to list them.`,
		outsideEras: 'Outside the named eras',
		empty: 'No events in this view.'
	},
	announce: {
		/** Said politely once the view or the search settles. */
		view: (span: string, count: number, filtered: boolean) =>
			`${span}: ${count} ${filtered ? (count === 1 ? 'matching event' : 'matching events') : count === 1 ? 'event' : 'events'}.`
	},
	detail: {
		close: 'Close details',
		involved: 'Involved:',
		sources: 'Sources'
	},
	search: {
		label: 'Search events',
		placeholder: 'Search titles, summaries, people…',
		filters: 'Filters',
		facets: { category: 'Categories', actor: 'People and organisations', topic: 'Topics' },
		hide: 'Hide non-matching events',
		count: (shown: number, total: number) => `${shown} of ${total} events`,
		noMatch: 'No events match this search.',
		clear: 'Clear search and filters'
	},
	story: {
		stories: 'Stories',
		position: (step: number, total: number) => `Step ${step} of ${total}`,
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
	share: {
		share: 'Share',
		copied: 'Link copied',
		failed: 'Copy this link:'
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
		unknownValue: (what: string, value: string) => `No ${what} “${value}” in this timeline.`,
		unknownEvent: (id: string, showingAll: boolean) =>
			`No event “${id}” in this timeline${showingAll ? '; showing all events' : ''}.`,
		unreadableView: (from: string, to: string) =>
			`The view in the address (from “${from}” to “${to}”) could not be read; showing the whole timeline.`
	}
} as const;
