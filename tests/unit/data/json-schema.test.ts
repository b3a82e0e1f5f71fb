import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, datasetJsonSchemaText } from '../../../src/lib/data/json-schema';

const SCHEMA_FILE = new URL('../../../data/schema/timeline.schema.json', import.meta.url);

describe('data/schema/timeline.schema.json', () => {
	it('is up to date with the valibot schema', () => {
		const onDisk = readFileSync(SCHEMA_FILE, 'utf8');
		expect(
			onDisk,
			'data/schema/timeline.schema.json is stale: run `npm run schema` and commit the result'
		).toBe(datasetJsonSchemaText());
	});
});

describe('datasetJsonSchema', () => {
	const schema = datasetJsonSchema() as {
		$schema: string;
		required: string[];
		additionalProperties: boolean;
		properties: Record<string, { items?: { required?: string[]; additionalProperties?: boolean } }>;
	};

	it('targets draft-07, which editors understand', () => {
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
	});

	it('rejects unknown top-level fields, as validateDataset does', () => {
		expect(schema.additionalProperties).toBe(false);
	});

	it.each([
		['the dataset', schema.required, ['title', 'description', 'language', 'events']],
		[
			'an event',
			schema.properties.events?.items?.required,
			['id', 'start', 'title', 'summary', 'importance']
		]
	])('lists the required fields of %s', (_, required, expected) => {
		expect([...(required ?? [])].sort()).toEqual([...expected].sort());
	});

	it('ends the file text with a newline so editors do not rewrite it', () => {
		expect(datasetJsonSchemaText().endsWith('}\n')).toBe(true);
	});
});
