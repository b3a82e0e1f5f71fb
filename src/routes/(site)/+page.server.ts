import { defaultDataset } from '$lib/server/default-dataset';
import { oEmbedUrl } from '$lib/server/oembed';

export const load = () => ({ dataset: defaultDataset(), oembed: oEmbedUrl.timeline() });
