import type { Attachment } from 'svelte/attachments';
import { brushRange, type BrushPart, type Range } from '../scale/brush';
import type { TimelineState } from '../state/timeline-state.svelte';
import { whileDragging } from './pointer-drag';

const PARTS: readonly string[] = ['window', 'start', 'end', 'strip'] satisfies BrushPart[];

/**
 * The overview's brush, drawn by Overview.svelte: dragging the window pans, dragging an edge
 * zooms, and brushing a new span on the strip sets the view; a press on the strip that does not
 * move recentres the view there, keeping its span. Each part says which it is in `data-brush`.
 */
export function brushable(state: TimelineState): Attachment<SVGGElement> {
	return (group) => {
		const full = () => state.bounds.full;
		const toX = (t: number) => ((t - full()[0]) / (full()[1] - full()[0])) * state.width;
		const toT = (x: number) => full()[0] + (x / state.width) * (full()[1] - full()[0]);
		const xOf = (event: PointerEvent) => event.clientX - group.getBoundingClientRect().left;

		let stop: (() => void) | null = null;

		function onDown(event: PointerEvent) {
			const part = (event.target as Element).getAttribute('data-brush') ?? '';
			if (stop || event.button !== 0 || event.ctrlKey || !PARTS.includes(part)) return;
			const from: Range = [toX(state.domain[0]), toX(state.domain[1])];
			const x0 = xOf(event);
			let range: Range | null = null;
			const move = (next: PointerEvent) => {
				if (next.pointerId !== event.pointerId) return;
				range = brushRange(part as BrushPart, from, x0, xOf(next), state.width);
				if (range[1] - range[0] >= 1) state.setDomain([toT(range[0]), toT(range[1])]);
			};
			const end = (last: PointerEvent) => {
				if (last.pointerId !== event.pointerId) return;
				stop?.();
				stop = null;
				if (part !== 'strip' || (range && range[1] - range[0] >= 1)) return;
				const half = (state.domain[1] - state.domain[0]) / 2;
				const t = toT(xOf(last));
				state.animateTo([t - half, t + half]);
			};
			stop = whileDragging(move, end);
		}

		group.addEventListener('pointerdown', onDown);
		return () => {
			group.removeEventListener('pointerdown', onDown);
			stop?.();
		};
	};
}
