/*
 * Host script for the timeline's embeds: sizes each iframe to the height its embed reports.
 * Put <script async src="https://…/embed.js"></script> anywhere on the page: it handles every
 * embed of the origin it is loaded from, whenever the embed is added. A message is obeyed only
 * when it comes from that origin, from the very window an iframe on this page shows, and when
 * that iframe's address is of that origin too; and only when it is the embed's own height message
 * (src/lib/embed/messages.ts) with a whole, plausible height.
 */
(() => {
	const script = document.currentScript;
	if (!script) return;
	const origin = new URL(script.src).origin;

	const originOf = (frame) => {
		try {
			return new URL(frame.src, location.href).origin;
		} catch {
			return null;
		}
	};

	addEventListener('message', (event) => {
		const data = event.data;
		if (event.origin !== origin || !data || data.type !== 'timeline:height') return;
		const height = data.height;
		if (!Number.isInteger(height) || height <= 0 || height > 100000) return;
		for (const frame of document.getElementsByTagName('iframe')) {
			if (frame.contentWindow === event.source && originOf(frame) === origin) {
				frame.style.height = `${height}px`;
			}
		}
	});
})();
