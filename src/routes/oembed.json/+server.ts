import { json } from '@sveltejs/kit';
import { timelineOEmbed } from '$lib/server/oembed';

/** The oEmbed document of `/`, found through the discovery link in its head. */
export const prerender = true;

export const GET = () => json(timelineOEmbed());
