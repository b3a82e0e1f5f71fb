/** The host of Google Sheets links, the only addresses sheetCsvAddress changes. */
export const SHEETS_HOST = 'docs.google.com';

/**
 * The CSV export address of a Google Sheets link, as TimelineJS users share them: a published
 * sheet (`/spreadsheets/d/e/<key>/pubhtml`) becomes `…/pub?output=csv`, and an editor or viewer
 * link (`/spreadsheets/d/<id>/edit#gid=<tab>`) becomes `…/export?format=csv&gid=<tab>`. Any other
 * address is returned as it is.
 */
export function sheetCsvAddress(address: string): string {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return address;
	}
	if (url.hostname !== SHEETS_HOST) return address;
	const published = /^\/spreadsheets\/d\/e\/([\w-]+)\/(?:pubhtml|pub)\/?$/.exec(url.pathname);
	if (published) {
		const gid = url.searchParams.get('gid');
		return `https://docs.google.com/spreadsheets/d/e/${published[1]}/pub?${gid ? `gid=${gid}&` : ''}single=true&output=csv`;
	}
	const shared = /^\/spreadsheets\/d\/([\w-]+)(?:\/(?:edit|view|htmlview)?)?\/?$/.exec(
		url.pathname
	);
	if (shared) {
		const gid = /gid=(\d+)/.exec(url.hash)?.[1] ?? url.searchParams.get('gid') ?? '0';
		return `https://docs.google.com/spreadsheets/d/${shared[1]}/export?format=csv&gid=${gid}`;
	}
	return address;
}
