import { brushX, select, type D3BrushEvent } from 'd3';
import type { Attachment } from 'svelte/attachments';
import type { TimelineState } from '../state/timeline-state.svelte';

/**
 * Binds d3-brush to the overview strip: dragging the brush pans, resizing it zooms, and brushing a
 * new span sets the view. When the view changes elsewhere, the brush moves without firing back.
 */
export function brushable(state: TimelineState, height: number): Attachment<SVGGElement> {
	return (group) => {
		const selection = select(group);
		const full = () => state.bounds.full;
		const toX = (t: number) => ((t - full()[0]) / (full()[1] - full()[0])) * state.width;
		const toT = (x: number) => full()[0] + (x / state.width) * (full()[1] - full()[0]);
		const behaviour = brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => {
			if (!event.sourceEvent) return;
			const range = event.selection as [number, number] | null;
			if (range && range[1] - range[0] >= 1) {
				state.setDomain([toT(range[0]), toT(range[1])]);
			} else if (event.type === 'end') {
				// A click without a drag recentres the view there, keeping its span.
				const [x] =
					event.sourceEvent instanceof MouseEvent ? [event.sourceEvent.offsetX] : [state.width / 2];
				const half = (state.domain[1] - state.domain[0]) / 2;
				state.animateTo([toT(x) - half, toT(x) + half]);
			}
		});

		$effect(() => {
			behaviour.extent([
				[0, 0],
				[state.width, height]
			]);
			selection.call(behaviour);
		});

		$effect(() => {
			const [t0, t1] = state.domain;
			behaviour.move(selection, [toX(t0), toX(t1)]);
		});

		return () => {
			selection.on('.brush', null);
		};
	};
}
