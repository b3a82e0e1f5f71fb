import { validateDataset, type ValidationResult } from './validate';

/**
 * Fetches a dataset named by `?src=` and validates it. Every failure becomes a sentence a reader
 * can act on: a bad address, a server that does not answer or refuses (often CORS), a file that
 * is not JSON, or the dataset's own errors.
 */
export async function fetchDataset(
	src: string,
	base: string,
	fetcher: typeof fetch = fetch,
	onValidating?: () => void
): Promise<ValidationResult> {
	let url: URL;
	try {
		url = new URL(src, base);
	} catch {
		return { ok: false, errors: [`"${src}" is not a valid address`] };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, errors: [`"${src}" must be an http: or https: address`] };
	}
	let response: Response;
	try {
		response = await fetcher(url, { headers: { accept: 'application/json' } });
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
	let json: unknown;
	try {
		const text = await response.text();
		onValidating?.();
		json = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, errors: [`${url.href} is not valid JSON: ${reason}`] };
	}
	return validateDataset(json);
}
