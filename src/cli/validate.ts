/**
 * `npm run validate [file]`: checks a dataset (data/events.json by default) and prints every
 * problem with the event's index and id, the field and the reason. Exits 1 when there is any.
 */
import { readFileSync } from 'node:fs';
import { validateDataset } from '../lib/data/validate';

const file = process.argv[2] ?? 'data/events.json';

function read(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		console.error(`${path}: cannot be read as JSON: ${reason}`);
		process.exit(1);
	}
}

const result = validateDataset(read(file));
if (result.ok) {
	const { events, eras } = result.timeline;
	console.log(`${file}: valid, ${events.length} events and ${eras.length} eras.`);
} else {
	console.error(`${file}: ${result.errors.length} problem(s)`);
	for (const error of result.errors) console.error(`  ${error}`);
	process.exit(1);
}
