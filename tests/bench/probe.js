// Injected into every benchmarked page with page.addInitScript before any of the page's own
// scripts. Plain JavaScript read from disk as it is, so no build step can add helpers to it.
// It exposes window.__bench (see Probe in measure.ts).
(() => {
	/** @type {{ painted: number | null, scheduled: boolean, frames: number[], recording: boolean }} */
	const state = { painted: null, scheduled: false, frames: [], recording: false };

	// painted: the first animation frame after performance.mark('timeline-ready').
	new PerformanceObserver((list) => {
		if (state.scheduled) return;
		if (!list.getEntriesByName('timeline-ready').length) return;
		state.scheduled = true;
		requestAnimationFrame(() => {
			state.painted = performance.now();
		});
	}).observe({ type: 'mark', buffered: true });

	/** @param {number} time */
	const onFrame = (time) => {
		if (!state.recording) return;
		state.frames.push(time);
		requestAnimationFrame(onFrame);
	};

	const probe = {
		/** Milliseconds from navigation start to the mark and to the frame after it, once both are there. */
		times() {
			const mark = performance.getEntriesByName('timeline-ready')[0];
			if (!mark || state.painted === null) return null;
			return { ready: mark.startTime, painted: state.painted };
		},
		/** Starts recording requestAnimationFrame timestamps. */
		startFrames() {
			state.frames = [];
			state.recording = true;
			requestAnimationFrame(onFrame);
		},
		/** Stops recording and returns the intervals between consecutive frames, in ms. */
		stopFrames() {
			state.recording = false;
			return state.frames.slice(1).map((time, i) => time - (state.frames[i] ?? time));
		},
		/**
		 * Resolves after `count` animation frames.
		 * @param {number} count
		 */
		frames(count) {
			return new Promise((resolve) => {
				let left = count;
				const tick = () => {
					left -= 1;
					if (left <= 0) resolve(undefined);
					else requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			});
		},
		/** Element count of the document. */
		elements() {
			return document.getElementsByTagName('*').length;
		}
	};

	Object.defineProperty(window, '__bench', {
		value: probe,
		configurable: false,
		enumerable: false
	});
})();
