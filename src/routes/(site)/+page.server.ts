import { defaultPageHeading } from '$lib/server/default-dataset';
import { oEmbedUrl } from '$lib/server/oembed';

export const load = () => ({ ...defaultPageHeading(), oembed: oEmbedUrl.timeline() });
