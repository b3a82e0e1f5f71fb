/**
 * Bytes to text. UTF-8 is tried first and strictly, so that a file saved by a spreadsheet in
 * Windows-1252 (as Excel does on Windows) is read as that rather than as replacement characters.
 * A UTF-16 byte-order mark, which Excel's "Unicode text" export writes, is honoured too.
 */
export interface Decoded {
	readonly text: string;
	/** The encoding used when it was not UTF-8, for a warning. */
	readonly fallback?: 'windows-1252';
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F, where it differs from Latin-1; the five bytes it
 * leaves undefined keep their control character, as browsers decode them. Node's TextDecoder
 * decodes "windows-1252" as Latin-1, so the difference is put right here, the same everywhere.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
	return new TextDecoder('windows-1252')
		.decode(bytes)
		.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function decodeBytes(bytes: ArrayBuffer | Uint8Array): Decoded {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	if (view[0] === 0xff && view[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(view) };
	if (view[0] === 0xfe && view[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(view) };
	try {
		// TextDecoder drops a UTF-8 byte-order mark itself unless told not to.
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(view) };
	} catch {
		return { text: windows1252(view), fallback: 'windows-1252' };
	}
}
