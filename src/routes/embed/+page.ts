import { loadDefaultDataset } from '$lib/data/default-timeline';

export const load = async (event) => ({ ...event.data, dataset: await loadDefaultDataset(event) });
