import { loadDefaultDataset } from '$lib/data/default-timeline';
import type { PageLoad } from './$types';

export const load: PageLoad = async (event) => ({
	...event.data,
	dataset: await loadDefaultDataset(event)
});
