/**
 * A fast yes for the common case: a predicate, built once from a valibot schema, that holds only
 * when the schema would accept a value without an issue and without changing it (no text to trim),
 * so the value can be used as the schema's output. It makes none of the objects valibot's
 * parser makes for every field and issue, which costs a worker reading its first dataset, its
 * code not yet optimised, about 30 ms for 1,000 events. Anything it cannot vouch for (a schema
 * part it does not know, a value that fails or would change) gets no, and the caller parses with
 * valibot for the output and the messages (quickParse). Its answer must never be yes where
 * valibot's would differ: the unit tests check it against valibot on every field of the shipped
 * dataset, mutated.
 */
import * as v from 'valibot';

type Accepts = (value: unknown) => boolean;

/** What this module reads of a valibot schema or action; the rest of valibot's shape is left out. */
interface SchemaPart {
	readonly kind: string;
	readonly type: string;
	readonly pipe?: readonly SchemaPart[];
	readonly entries?: Readonly<Record<string, SchemaPart>>;
	readonly wrapped?: SchemaPart;
	readonly item?: SchemaPart;
	readonly key?: SchemaPart;
	readonly value?: SchemaPart;
	readonly default?: unknown;
	readonly fallback?: unknown;
	readonly requirement?: unknown;
}

const never: Accepts = () => false;

/**
 * An object of its own keys only, as JSON.parse makes them: valibot also reads inherited ones,
 * which a check of the own keys would miss.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const prototype = Object.getPrototypeOf(value) as unknown;
	return prototype === Object.prototype || prototype === null;
}

/** Keys valibot's record leaves out of its output. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function strictObject(entries: Readonly<Record<string, SchemaPart>>): Accepts {
	const fields = new Map(
		Object.entries(entries).map(([key, part]) => [
			key,
			{ accepts: compile(part), required: part.type !== 'optional' || part.default !== undefined }
		])
	);
	const required = [...fields.values()].filter((field) => field.required).length;
	return (value) => {
		if (!isPlainObject(value)) return false;
		let found = 0;
		for (const key of Object.keys(value)) {
			const field = fields.get(key);
			if (!field?.accepts(value[key])) return false;
			if (field.required) found++;
		}
		return found === required;
	};
}

function record(key: Accepts, item: Accepts): Accepts {
	return (value) => {
		if (!isPlainObject(value)) return false;
		for (const name of Object.keys(value)) {
			if (UNSAFE_KEYS.has(name) || !key(name) || !item(value[name])) return false;
		}
		return true;
	};
}

/** One action of a pipe, for a value its schema has already accepted; never for what it does not know. */
function action(part: SchemaPart): Accepts | null {
	const { type, requirement } = part;
	switch (type) {
		case 'description':
			return null;
		case 'trim':
			return (value) => value === (value as string).trim();
		case 'non_empty':
			return (value) => (value as string).length > 0;
		case 'regex':
			return (value) => (requirement as RegExp).test(value as string);
		case 'check':
			return (value) => (requirement as (input: unknown) => boolean)(value);
		case 'integer':
			return (value) => Number.isInteger(value);
		case 'min_value':
			return (value) => (value as number) >= (requirement as number);
		case 'max_value':
			return (value) => (value as number) <= (requirement as number);
		case 'min_length':
			return (value) => (value as { length: number }).length >= (requirement as number);
		default:
			return never;
	}
}

function pipe(parts: readonly SchemaPart[]): Accepts {
	const [schema, ...actions] = parts;
	if (!schema) return never;
	const checks = [compile(schema), ...actions.map(action).filter((check) => check !== null)];
	return (value) => checks.every((check) => check(value));
}

function compile(part: SchemaPart): Accepts {
	if (part.fallback !== undefined) return never;
	if (part.pipe) return pipe(part.pipe);
	switch (part.type) {
		case 'string':
			return (value) => typeof value === 'string';
		case 'number':
			return (value) => typeof value === 'number' && !Number.isNaN(value);
		case 'optional': {
			if (part.default !== undefined || !part.wrapped) return never;
			const wrapped = compile(part.wrapped);
			return (value) => value === undefined || wrapped(value);
		}
		case 'array': {
			if (!part.item) return never;
			const item = compile(part.item);
			// An index loop, as valibot's: every() would skip the holes of a sparse array.
			return (value) => {
				if (!Array.isArray(value)) return false;
				for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
				return true;
			};
		}
		case 'strict_object':
			return part.entries ? strictObject(part.entries) : never;
		case 'record':
			return part.key && part.value ? record(compile(part.key), compile(part.value)) : never;
		default:
			return never;
	}
}

/**
 * The predicate for `schema`: true only when valibot would accept the value with no issue and
 * give it back unchanged.
 */
export function quickCheck(schema: object): Accepts {
	return compile(schema as SchemaPart);
}

/** valibot's safeParse for `schema`, which gives the value itself back when the predicate vouches for it. */
export function quickParse<S extends v.GenericSchema>(
	schema: S
): (value: unknown) => v.SafeParseResult<S> {
	const accepts = quickCheck(schema);
	return (value) =>
		accepts(value)
			? { typed: true, success: true, output: value as v.InferOutput<S>, issues: undefined }
			: v.safeParse(schema, value);
}
