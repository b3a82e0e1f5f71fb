import { getContext, setContext } from 'svelte';
import type { TimelineState } from './timeline-state.svelte';

const KEY = Symbol('timeline');

export function setTimelineState(state: TimelineState): TimelineState {
	return setContext(KEY, state);
}

export function getTimelineState(): TimelineState {
	const state = getContext<TimelineState | undefined>(KEY);
	if (!state) throw new Error('Timeline components must be rendered inside <Timeline>.');
	return state;
}
