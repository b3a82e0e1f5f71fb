import { json } from '@sveltejs/kit';
import { defaultPageData } from '$lib/server/default-dataset';

/**
 * The shipped dataset as the timeline pages hydrate it, without its translations: a file of its
 * own rather than data inlined in every page, so that a page showing another timeline (`?src=`)
 * never reads it (see data/default-timeline.ts).
 */
export const prerender = true;

export const GET = () => json(defaultPageData().dataset);
