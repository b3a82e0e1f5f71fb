/** How long zooming, panning or typing must pause before slower readers of the state follow it. */
export const SETTLE_MS = 150;
