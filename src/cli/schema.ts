/** Writes data/schema/timeline.schema.json from the valibot schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from '../lib/data/json-schema';

const target = new URL('../../data/schema/timeline.schema.json', import.meta.url);
writeFileSync(target, datasetJsonSchemaText());
console.log(`Wrote ${target.pathname}`);
