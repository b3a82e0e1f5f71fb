import { defaultTimeline } from '$lib/server/default-dataset';

export const load = () => ({ timeline: defaultTimeline() });
