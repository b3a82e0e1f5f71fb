import { defaultPageData } from '$lib/server/default-dataset';
import { oEmbedUrl } from '$lib/server/oembed';

export const load = () => ({ ...defaultPageData(), oembed: oEmbedUrl.timeline() });
