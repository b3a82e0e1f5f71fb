/**
 * The importers' parsing libraries, loaded before each test file as the command line loads them,
 * so that tests call the importers synchronously; libraries.test.ts checks the loading itself.
 */
import { loadLibraries } from '../../src/lib/data/formats/libraries';

await loadLibraries();
