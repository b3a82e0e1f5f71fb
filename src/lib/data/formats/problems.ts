import { LIMITS } from './limits';

/**
 * A problem with one item of an imported file, in the words of the file's own format: where it is
 * (`events[3]` or `row 5`), the item's id when it has one, the field, the reason and a hint.
 */
export interface Problem {
	readonly where: string;
	readonly id?: string;
	readonly field?: string;
	readonly reason: string;
	readonly hint?: string;
}

/** `events[3] "ada-lovelace": start_date.month 13 is not a month from 1 to 12 (write …)` */
export function formatProblem(problem: Problem): string {
	const id = problem.id ? ` ${JSON.stringify(problem.id)}` : '';
	const subject = problem.field ? `${problem.field} ${problem.reason}` : problem.reason;
	const hint = problem.hint ? ` (${problem.hint})` : '';
	return `${problem.where}${id}: ${subject}${hint}`;
}

/** The first problems of a long list, then how many more there are, so a message stays readable. */
export function capProblems(
	problems: readonly string[],
	max: number = LIMITS.listedProblems
): string[] {
	if (problems.length <= max) return [...problems];
	return [...problems.slice(0, max), `and ${problems.length - max} more`];
}

/** "1 event", "3 events". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
	return `${n.toLocaleString('en-GB')} ${n === 1 ? noun : plural}`;
}
