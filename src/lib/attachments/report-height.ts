import type { Attachment } from 'svelte/attachments';
import { heightMessages } from '../embed/messages';

/**
 * Posts the element's height to the page that frames this one, once it is laid out and whenever
 * it changes (a panel opens, the list unfolds, the width changes), in each format of
 * embed/messages.ts. The element must hold the whole page and never be stretched to the frame, or
 * its height would follow the frame's instead of leading it. A height is no secret, so any host
 * may read it; outside a frame nothing is posted.
 */
export function reportHeight(id: string): Attachment<HTMLElement> {
	return (element) => {
		if (window.parent === window) return;
		let posted = 0;
		const observer = new ResizeObserver(([entry]) => {
			const height = Math.ceil(entry?.borderBoxSize[0]?.blockSize ?? 0);
			if (height === 0 || height === posted) return;
			posted = height;
			for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
