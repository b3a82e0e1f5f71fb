import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from './schema';

/**
 * The JSON Schema of the dataset format, generated from the valibot schema so the two cannot
 * drift. Calendar checks (no 30 February) and cross-references are enforced by `validateDataset`,
 * not by the JSON Schema, which checks the shape editors can show while people type.
 */
export function datasetJsonSchema(): Record<string, unknown> {
	const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore', target: 'draft-07' });
	return {
		...schema,
		title: 'Timeline dataset',
		description:
			'A historical timeline: categories, actors, eras and events, with dates whose length is their precision.'
	};
}

export function datasetJsonSchemaText(): string {
	return `${JSON.stringify(datasetJsonSchema(), null, '\t')}\n`;
}
