/**
 * Interface text, in one place so that a translation touches only this module. Functions take
 * what varies; dataset text never passes through here.
 */
export const strings = {
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
		unknownEvent: (id: string, showingAll: boolean) =>
			`No event “${id}” in this timeline${showingAll ? '; showing all events' : ''}.`,
		unreadableView: (from: string, to: string) =>
			`The view in the address (from “${from}” to “${to}”) could not be read; showing the whole timeline.`
	}
} as const;
