import { fromTimelineJs, type Located } from './timelinejs';
import type { DateFields } from './timelinejs-date';
import { timelineJs2Date } from './timelinejs2-date';
import type { ImportOptions, ImportResult } from './types';
import { isObject, type Fields } from './values';

/**
 * TimelineJS 2's JSON (`{"timeline": {"headline": …, "date": [{…}], "era": [{…}]}}`), as
 * published with its "Verite" embeds, as a dataset. Each item is rewritten as the TimelineJS 3
 * slide it stands for and read by the same code, keeping its own place (`timeline.date[3]`) and
 * field names (`startDate`) for messages: the `timeline` object is the title slide, `tag` the
 * group and `asset` the media.
 */
const HINT = 'write year,month,day, such as "2011,12,10" or "-500"; -500 is 500 BCE';

const DATE_FIELDS: { start: DateFields; end: DateFields } = {
	start: { year: 'startDate', month: 'startDate month', day: 'startDate day', hint: HINT },
	end: { year: 'endDate', month: 'endDate month', day: 'endDate day', hint: HINT }
};

function media(asset: unknown): Fields | undefined {
	if (!isObject(asset)) return undefined;
	const { media: url, thumbnail, credit, caption } = asset;
	return { url, thumbnail, credit, caption };
}

function slide(item: unknown): unknown {
	if (!isObject(item)) return item;
	return {
		start_date: timelineJs2Date(item.startDate),
		end_date: timelineJs2Date(item.endDate),
		text: { headline: item.headline, text: item.text },
		group: item.tag,
		media: media(item.asset)
	};
}

const located = (list: unknown, name: string): Located[] =>
	(Array.isArray(list) ? list : []).map((item: unknown, i) => ({
		where: `timeline.${name}[${i}]`,
		value: slide(item)
	}));

export function fromTimelineJs2Json(
	timeline: Record<string, unknown>,
	options: ImportOptions
): ImportResult {
	const title = {
		where: 'timeline',
		value: {
			text: { headline: timeline.headline, text: timeline.text },
			media: media(timeline.asset)
		}
	};
	return fromTimelineJs(
		{
			format: 'timelinejs2-json',
			title,
			events: located(timeline.date, 'date'),
			eras: located(timeline.era, 'era'),
			dateFields: DATE_FIELDS
		},
		options
	);
}
