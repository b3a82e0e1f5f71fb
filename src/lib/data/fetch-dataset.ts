/**
 * The dataset worker's first step for an address (`?src=` or typed): fetch the bytes, which it
 * then reads and validates (read-dataset.ts). Every failure becomes a sentence a reader can act
 * on: a bad address, or a server that does not answer or refuses (often CORS).
 */
import { sheetCsvAddress } from './sheet-address';

/** What a dataset is asked for as: JSON or CSV, the formats a timeline comes in. */
export const ACCEPT = 'application/json, text/csv;q=0.9, */*;q=0.8';

export type Fetched =
	| { readonly ok: true; readonly url: string; readonly bytes: ArrayBuffer }
	| { readonly ok: false; readonly errors: readonly string[] };

export async function fetchDatasetBytes(
	src: string,
	base: string,
	fetcher: typeof fetch = fetch
): Promise<Fetched> {
	let url: URL;
	try {
		url = new URL(sheetCsvAddress(new URL(src, base).href));
	} catch {
		return { ok: false, errors: [`"${src}" is not a valid address`] };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, errors: [`"${src}" must be an http: or https: address`] };
	}
	let response: Response;
	try {
		response = await fetcher(url, { headers: { accept: ACCEPT } });
	} catch {
		return {
			ok: false,
			errors: [
				`${url.href} could not be reached: check the address, and that its server allows this site to read it (CORS)`
			]
		};
	}
	if (!response.ok) {
		return {
			ok: false,
			errors: [`${url.href} answered ${response.status} ${response.statusText}`.trim()]
		};
	}
	return { ok: true, url: url.href, bytes: await response.arrayBuffer() };
}
