/** Where the reader's choice between the drawn timeline and the list is kept between visits. */
const KEY = 'timeline-view';

/**
 * Whether the reader last chose the list. Browser only: storage may be refused (a sandboxed
 * embed, strict privacy settings), which reads as the timeline.
 */
export function readListView(): boolean {
	try {
		return localStorage.getItem(KEY) === 'list';
	} catch {
		return false;
	}
}

export function saveListView(list: boolean): void {
	try {
		localStorage.setItem(KEY, list ? 'list' : 'timeline');
	} catch {
		// Not remembered, as in a private window: the choice still holds for this visit.
	}
}
