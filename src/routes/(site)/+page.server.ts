import { defaultDataset } from '$lib/server/default-dataset';

export const load = () => ({ dataset: defaultDataset() });
