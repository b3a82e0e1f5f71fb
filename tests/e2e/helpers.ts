import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';

/**
 * Where the test server runs: a port of its own, never the one `npm start` or `npm run dev` use.
 * `TEST_PORT` moves it, so two checkouts can run their tests at once.
 */
export const APP_PORT = Number(process.env.TEST_PORT ?? 4180);
export const APP_ORIGIN = `http://localhost:${APP_PORT}`;

/** Waits until the dataset the page asked for is drawn and interactive. */
export async function timelineReady(page: Page | Frame): Promise<void> {
	await page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length === 1);
}

/**
 * The time span the timeline shows, from the data-view-* attributes of its root: UTC milliseconds,
 * which, unlike ISO strings, also name instants billions of years ago.
 */
export async function viewDomain(page: Page): Promise<[number, number]> {
	const root = page.locator('[data-timeline]');
	const start = await root.getAttribute('data-view-start');
	const end = await root.getAttribute('data-view-end');
	return [Number(start ?? NaN), Number(end ?? NaN)];
}

export async function visibleEventIds(page: Page): Promise<string[]> {
	return page
		.locator('[data-timeline] [data-event-id]')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
}

export interface Served {
	readonly origin: string;
	close(): Promise<void>;
}

/** Serves fixed bodies by path on a free local port: another origin than the app's. */
export async function serve(
	routes: Record<string, { type: string; body: string }>
): Promise<Served> {
	const server: Server = createServer((request, response) => {
		const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
		response.setHeader('access-control-allow-origin', '*');
		// Browsers ask every host page's origin for an icon; an answer keeps the console clean.
		if (request.url === '/favicon.ico') {
			response.writeHead(204).end();
			return;
		}
		if (!route) {
			response.writeHead(404).end('not found');
			return;
		}
		response.writeHead(200, { 'content-type': route.type }).end(route.body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/** A piece of text inside the timeline, where the page drew it. */
export interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Every non-empty text in the timeline's drawing, and the drawing's own box. */
export async function textBoxes(page: Page): Promise<{ boxes: Box[]; frame: Box }> {
	return page.locator('[data-timeline] .canvas svg').evaluate((svg) => {
		const box = (el: Element, text: string) => {
			const r = el.getBoundingClientRect();
			return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const boxes = [...svg.querySelectorAll('text')]
			.filter((t) => (t.textContent ?? '').trim().length > 0)
			.map((t) => box(t, t.textContent ?? ''));
		return { boxes, frame: box(svg, 'svg') };
	});
}

/** Whether two boxes overlap by more than `tolerance` pixels both ways. */
export function overlaps(a: Box, b: Box, tolerance = 0.5): boolean {
	return (
		a.left < b.right - tolerance &&
		b.left < a.right - tolerance &&
		a.top < b.bottom - tolerance &&
		b.top < a.bottom - tolerance
	);
}
