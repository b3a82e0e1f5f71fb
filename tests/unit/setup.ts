/**
 * The importers' parsers, loaded before each test file as the command line loads them,
 * so that tests call the importers synchronously; parsers.test.ts checks the loading itself.
 */
import { loadParsers } from '../../src/lib/data/formats/parsers';

await loadParsers();
