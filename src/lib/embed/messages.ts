/**
 * What the embed tells its host page: its content height, whenever it changes, so the host can
 * size the iframe to it. The embed posts each height in three dialects: its own message, which
 * `static/embed.js` reads; Datawrapper's, which many CMSs already resize iframes for; and
 * pym.js's, for hosts that use its parent script. The embed listens to no messages at all: nothing
 * a host posts can change what it shows.
 */
export const HEIGHT_MESSAGE = 'timeline:height';

export interface HeightMessage {
	readonly type: typeof HEIGHT_MESSAGE;
	/** The `id` (or pym.js's `childId`) in the embed's address. */
	readonly id: string;
	/** Content height in CSS pixels, rounded up so that nothing is cut off. */
	readonly height: number;
}

/** pym.js's separator between the parts of a message. */
const PYM = 'xPYMx';

/** The messages that announce a height, in each dialect. */
export function heightMessages(id: string, height: number): [HeightMessage, object, string] {
	const px = Math.ceil(height);
	return [
		{ type: HEIGHT_MESSAGE, id, height: px },
		{ 'datawrapper-height': { [id]: px } },
		['pym', id, 'height', String(px)].join(PYM)
	];
}

/** Heights a host accepts: anything else in a message is a mistake or a forgery. */
export const MAX_REPORTED_HEIGHT = 100_000;

/**
 * The embed's own height message, checked field by field, or null for anything else. A host
 * must also check who sent it: see `static/embed.js`.
 */
export function readHeightMessage(data: unknown): HeightMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, id, height } = data as Record<string, unknown>;
	if (type !== HEIGHT_MESSAGE || typeof id !== 'string') return null;
	if (typeof height !== 'number' || !Number.isInteger(height)) return null;
	if (height <= 0 || height > MAX_REPORTED_HEIGHT) return null;
	return { type, id, height };
}
