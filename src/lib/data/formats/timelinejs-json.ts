import { fromTimelineJs, JSON_DATE_FIELDS, type Located } from './timelinejs';
import type { ImportOptions, ImportResult } from './types';

/**
 * TimelineJS's JSON format (`{"title": {…}, "events": [{…}], "eras": [{…}]}`) as a dataset. A
 * slide in `events` typed "title" or "era", as converted spreadsheets hold, is read as one.
 */
export function fromTimelineJsJson(
	value: Record<string, unknown>,
	options: ImportOptions
): ImportResult {
	if (!Array.isArray(value.events)) {
		return { ok: false, errors: ['events is not a list of slides'] };
	}
	let title: Located | undefined =
		value.title === undefined ? undefined : { where: 'title', value: value.title };
	const events: Located[] = [];
	const eras: Located[] = (Array.isArray(value.eras) ? value.eras : []).map((era, i) => ({
		where: `eras[${i}]`,
		value: era
	}));
	value.events.forEach((slide: unknown, i) => {
		const where = `events[${i}]`;
		const type =
			typeof slide === 'object' && slide !== null ? (slide as { type?: unknown }).type : '';
		if (type === 'title' && title === undefined) title = { where, value: slide };
		else if (type === 'era') eras.push({ where, value: slide });
		else events.push({ where, value: slide });
	});
	return fromTimelineJs(
		{ format: 'timelinejs-json', title, events, eras, dateFields: JSON_DATE_FIELDS },
		options
	);
}
