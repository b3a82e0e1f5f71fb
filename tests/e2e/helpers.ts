import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

/** Console errors, page errors and failed requests seen while a test runs. */
export function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return problems;
}

/** The time span the timeline shows, from the data-view-* attributes of its root. */
export async function viewDomain(page: Page): Promise<[number, number]> {
	const root = page.locator('[data-timeline]');
	const start = await root.getAttribute('data-view-start');
	const end = await root.getAttribute('data-view-end');
	return [Date.parse(start ?? ''), Date.parse(end ?? '')];
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
