/**
 * A TimelineJS 2 date as the parts of a TimelineJS 3 date, which `readTimelineJsDate` then reads:
 * "2011,12,10,14,30" is `{year: "2011", month: "12", day: "10", hour: "14", minute: "30"}`.
 *
 * TimelineJS 2 reads comma-separated parts year first, and, as it does, a part of 0 after the year
 * counts as not given. It reads slashes month first ("12/10/2011", "12/2011"), yet files also hold
 * "2011/12/10": a date whose first part is a year (three digits or more, or signed) is read year
 * first, and one whose year has fewer than three digits ("12/10/11") is none, since TimelineJS 2
 * would have shown the year 11. A number or a string of digits alone is a year. Anything else is
 * passed on as written, for `readTimelineJsDate` to read as an ISO date or refuse.
 */
const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

type Parts = Partial<Record<(typeof PARTS)[number], string | number>>;

const YEAR = /^[+-]?\d+$/;
const NUMBER = /^\d*$/;
/** "12/10/2011 14:30", "2011/12/10", "12/2011". */
const SLASHED = /^([+-]?\d+(?:\/\d+){1,2})(?:\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/;

function commaParts(text: string): Parts | undefined {
	const values = text.split(',').map((part) => part.trim());
	if (values.length > PARTS.length) return undefined;
	const [year = '', ...rest] = values;
	if (!YEAR.test(year) || !rest.every((part) => NUMBER.test(part))) return undefined;
	const parts: Parts = { year };
	rest.forEach((part, i) => {
		const name = PARTS[i + 1];
		if (name && Number(part) !== 0) parts[name] = part;
	});
	return parts;
}

function slashParts(text: string): Parts | undefined {
	const match = SLASHED.exec(text);
	if (!match) return undefined;
	const [, date = '', hour, minute, second] = match;
	const values = date.split('/');
	const time = { hour, minute, second };
	const first = values[0] ?? '';
	if (first.length >= 3 || /^[+-]/.test(first)) {
		const [year, month, day] = values;
		return { year, month, day, ...time };
	}
	const year = values.at(-1) ?? '';
	if (year.length < 3) return undefined;
	return values.length === 3
		? { year, month: values[0], day: values[1], ...time }
		: { year, month: values[0], ...time };
}

export function timelineJs2Date(value: unknown): unknown {
	if (typeof value === 'number') return { year: value };
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (text === '') return undefined;
	const parts = text.includes(',')
		? commaParts(text)
		: text.includes('/')
			? slashParts(text)
			: YEAR.test(text)
				? { year: text }
				: undefined;
	return parts ?? value;
}
