import { select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3';
import type { Attachment } from 'svelte/attachments';
import { wheelZooms } from '../embed/wheel';
import { domainOf, maxScale, transformOf } from '../scale/zoom';
import type { TimelineState } from '../state/timeline-state.svelte';
import type { WheelGate } from '../state/wheel-gate.svelte';
import { trackEngagement } from './engagement';

/**
 * Binds d3-zoom (wheel, drag, pinch and two-finger pan) to the timeline's SVG. d3-zoom keeps a
 * transform on the element; gestures turn it into a domain for the state, and domain changes from
 * elsewhere (buttons, keys, the overview) are written back without firing gesture events.
 *
 * With a `gate` (in an embed), a wheel zooms only with Ctrl or ⌘ held or once the reader has
 * engaged the timeline; any other wheel is left to scroll the page, and the gate shows its hint.
 */
export function zoomable(state: TimelineState, gate?: WheelGate): Attachment<SVGSVGElement> {
	return (svg) => {
		const selection = select(svg);
		const behaviour = zoom<SVGSVGElement, unknown>()
			.filter((event: Event) => {
				// Let clicks and keys on marks through; a drag may still start on them.
				if (event.type === 'dblclick') return false;
				if (gate && event instanceof WheelEvent && !wheelZooms(event, gate.engaged)) {
					gate.refused();
					return false;
				}
				return !(event as MouseEvent).button;
			})
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				if (!event.sourceEvent) return;
				state.setDomain(domainOf(event.transform, state.bounds, state.width));
			});
		selection.call(behaviour);
		// The whole timeline counts: opening an event moves focus to its panel, still engaged.
		const stopTracking = gate && trackEngagement(svg.closest('[data-timeline]') ?? svg, gate);

		$effect(() => {
			const { width, height, bounds } = state;
			behaviour
				.extent([
					[0, 0],
					[width, height]
				])
				.translateExtent([
					[0, 0],
					[width, height]
				])
				.scaleExtent([1, maxScale(bounds)]);
		});

		$effect(() => {
			const { k, x } = transformOf(state.domain, state.bounds, state.width);
			const current = zoomTransform(svg);
			if (Math.abs(current.k - k) > 1e-9 * k || Math.abs(current.x - x) > 1e-6) {
				behaviour.transform(selection, zoomIdentity.translate(x, 0).scale(k));
			}
		});

		return () => {
			selection.on('.zoom', null);
			stopTracking?.();
		};
	};
}
