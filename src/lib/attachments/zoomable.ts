import type { Attachment } from 'svelte/attachments';
import { wheelZooms } from '../embed/wheel';
import {
	gripDomain,
	instantAt,
	pinchDomain,
	sameSpan,
	wheelFactor,
	type Grip
} from '../scale/gesture';
import { span, zoomAround } from '../scale/zoom';
import type { TimelineState } from '../state/timeline-state.svelte';
import type { WheelGate } from '../state/wheel-gate.svelte';
import { trackEngagement } from './engagement';
import { suppressNextClick, whileDragging } from './pointer-drag';

/** A wheel this soon after the last one continues its gesture, zooming around the same instant. */
const WHEEL_GESTURE_MS = 150;
/** Two taps this close in time and place zoom in around the second, as a double click would. */
const DOUBLE_TAP_MS = 500;
const DOUBLE_TAP_PX = 10;

/**
 * The timeline's gestures on its SVG: the wheel zooms around the pointer, a drag pans, two fingers
 * pinch and pan, and a double tap zooms in, each keeping the instants under the pointers where they
 * are (the maths is in scale/gesture.ts). A press on a mark that does not move still clicks it.
 *
 * With a `gate` (in an embed), a wheel zooms only with Ctrl or ⌘ held or once the reader has
 * engaged the timeline; any other wheel is left to scroll the page, and the gate shows its hint.
 */
export function zoomable(state: TimelineState, gate?: WheelGate): Attachment<SVGSVGElement> {
	return (svg) => {
		const xOf = (event: { clientX: number }) => event.clientX - svg.getBoundingClientRect().left;
		const grip = (x: number): Grip => ({ x, t: instantAt(state.domain, x, state.width) });

		let wheel: { grip: Grip; timer: ReturnType<typeof setTimeout> } | null = null;
		function onWheel(event: WheelEvent) {
			if (gate && !wheelZooms(event, gate.engaged)) {
				gate.refused();
				return;
			}
			const x = xOf(event);
			const domain = state.domain;
			if (wheel) {
				clearTimeout(wheel.timer);
				if (wheel.grip.x !== x) wheel.grip = grip(x);
			} else {
				// At the closest or widest zoom a wheel that cannot zoom further scrolls the page.
				const next = zoomAround(
					domain,
					wheelFactor(event),
					instantAt(domain, x, state.width),
					state.bounds
				);
				if (sameSpan(next, domain)) return;
			}
			event.preventDefault();
			const held = wheel?.grip ?? grip(x);
			wheel = { grip: held, timer: setTimeout(() => (wheel = null), WHEEL_GESTURE_MS) };
			state.setDomain(
				gripDomain(span(domain) / wheelFactor(event), held, state.width, state.bounds)
			);
		}

		/** The instants each pointer on the drawing holds, by pointer id, in the order they came. */
		const grips = new Map<number, Grip>();
		let moved = false;
		let stopDragging: (() => void) | null = null;
		let lastTap: { time: number; x: number } | null = null;

		function follow() {
			const [a, b] = grips.values();
			if (!a) return;
			state.setDomain(
				b
					? pinchDomain(a, b, state.width, state.bounds)
					: gripDomain(span(state.domain), a, state.width, state.bounds)
			);
		}

		function onMove(event: PointerEvent) {
			const held = grips.get(event.pointerId);
			if (!held) return;
			const x = xOf(event);
			if (x !== held.x) moved = true;
			grips.set(event.pointerId, { x, t: held.t });
			follow();
		}

		function onUp(event: PointerEvent) {
			if (!grips.delete(event.pointerId)) return;
			// The finger left behind grips the instant now under it.
			for (const [id, { x }] of grips) grips.set(id, grip(x));
			if (grips.size > 0) return;
			stopDragging?.();
			stopDragging = null;
			if (event.pointerType !== 'touch') {
				if (moved) suppressNextClick();
			} else if (event.type === 'pointerup') {
				doubleTap(event);
			}
		}

		function doubleTap(event: PointerEvent) {
			const x = xOf(event);
			const now = event.timeStamp;
			const double =
				lastTap && now - lastTap.time < DOUBLE_TAP_MS && Math.abs(x - lastTap.x) < DOUBLE_TAP_PX;
			lastTap = double ? null : { time: now, x };
			if (!double) return;
			suppressNextClick(DOUBLE_TAP_MS);
			const anchor = instantAt(state.domain, x, state.width);
			state.animateTo(zoomAround(state.domain, 2, anchor, state.bounds));
		}

		function onDown(event: PointerEvent) {
			// Only the main button; other buttons keep their menus.
			if (event.button !== 0) return;
			if (grips.size === 0) {
				moved = false;
				stopDragging = whileDragging(onMove, onUp);
			}
			for (const [id, { x }] of grips) grips.set(id, grip(x));
			grips.set(event.pointerId, grip(xOf(event)));
		}

		svg.addEventListener('wheel', onWheel, { passive: false });
		svg.addEventListener('pointerdown', onDown);
		// The whole timeline counts: opening an event moves focus to its panel, still engaged.
		const stopTracking = gate && trackEngagement(svg.closest('[data-timeline]') ?? svg, gate);

		return () => {
			svg.removeEventListener('wheel', onWheel);
			svg.removeEventListener('pointerdown', onDown);
			stopDragging?.();
			if (wheel) clearTimeout(wheel.timer);
			stopTracking?.();
		};
	};
}
