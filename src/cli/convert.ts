/**
 * `npm run convert -- <file> [--out out.json] [--base URL] [--language TAG]`: turns TimelineJS JSON
 * (version 3 or 2, also as JavaScript that holds only the data), a TimelineJS spreadsheet saved as
 * CSV, this timeline's CSV or a CSV with a date and a title column into this timeline's JSON
 * format, which `npm run validate` accepts. Every problem is printed; the exit code is 1 when the
 * file cannot be converted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importDatasetLoading, nameFromAddress } from '../lib/data/formats/import-dataset';
import { FORMAT_LABELS } from '../lib/data/formats/types';
import { validateDataset } from '../lib/data/validate';

const USAGE = `usage: npm run convert -- <file> [--out out.json] [--base URL] [--language TAG]
  --out       write the timeline here instead of to standard output
  --base      the file's web address, against which relative media and links resolve
  --language  BCP 47 tag of the text, such as en-GB (default "und": undetermined)`;

function fail(lines: readonly string[], code = 1): never {
	for (const line of lines) console.error(line);
	process.exit(code);
}

function options() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				out: { type: 'string', short: 'o' },
				base: { type: 'string' },
				language: { type: 'string' }
			}
		});
	} catch (error) {
		return fail([error instanceof Error ? error.message : String(error), USAGE], 2);
	}
}

const { values, positionals } = options();
const [file] = positionals;
if (file === undefined || positionals.length > 1) fail([USAGE], 2);

let bytes: Uint8Array;
try {
	bytes = readFileSync(file);
} catch (error) {
	fail([`${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`]);
}

const result = await importDatasetLoading(bytes, {
	baseUrl: values.base,
	language: values.language,
	name: nameFromAddress(file)
});
if (!result.ok) {
	fail([
		`${file}: cannot be converted, ${result.errors.length} problem(s)`,
		...result.errors.map((e) => `  ${e}`)
	]);
}

const checked = validateDataset(result.dataset);
if (!checked.ok) {
	fail([`${file}: the converted timeline is not valid`, ...checked.errors.map((e) => `  ${e}`)]);
}

const { events, eras } = checked.timeline;
console.error(
	`${file}: ${FORMAT_LABELS[result.format]}, ${events.length} events and ${eras.length} eras` +
		(result.problems.length > 0 ? `; ${result.problems.length} warning(s):` : '.')
);
for (const problem of result.problems) console.error(`  ${problem}`);

const json = `${JSON.stringify(result.dataset, null, '\t')}\n`;
if (values.out === undefined) process.stdout.write(json);
else {
	writeFileSync(values.out, json);
	console.error(`Wrote ${values.out}`);
}
