import { parsePartialDate } from '../../time/partial-date';
import { endsBeforeStart } from '../../time/span';
import { quickParse } from '../quick-check';
import { EventSchema } from '../schema';
import { fieldName, issueReason } from '../validate';

/**
 * One imported event checked against the dataset format before it joins the others, so that one
 * bad event is left out with its reason instead of refusing the whole file.
 */
export interface FieldProblem {
	readonly field: string;
	readonly reason: string;
	readonly hint?: string;
}

const DATE_HINT = 'write YYYY, YYYY-MM or YYYY-MM-DD; -0043 is 44 BCE';

/** What to do about a bad value, by the name of its field. */
const HINTS: Record<string, string> = {
	start: DATE_HINT,
	end: DATE_HINT,
	date: DATE_HINT,
	id: 'use lowercase letters, digits and hyphens',
	importance: '1 = headline, 2 = notable, 3 = detail',
	url: 'use an http: or https: address'
};

/** valibot's parse of an event, skipped for one the schema accepts as it is (quick-check.ts). */
const parseEvent = quickParse(EventSchema);

/** Every problem with one event, and an end before its start; [] when it is valid. */
export function eventProblems(event: unknown): FieldProblem[] {
	const result = parseEvent(event);
	if (!result.success) {
		const seen = new Set<string>();
		return result.issues.flatMap((issue) => {
			const path = (issue.path ?? []).map((item) => item.key as string | number);
			const field = fieldName(path);
			if (seen.has(field)) return [];
			seen.add(field);
			const last = path.filter((key) => typeof key === 'string').at(-1);
			return [{ field, reason: issueReason(issue), hint: last ? HINTS[last] : undefined }];
		});
	}
	const { start, end } = result.output;
	if (end !== undefined && endsBeforeStart(parsePartialDate(start), parsePartialDate(end))) {
		return [{ field: 'end', reason: `"${end}" is before start "${start}"` }];
	}
	return [];
}
