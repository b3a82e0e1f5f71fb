/**
 * One small static server for the benchmark: the built app as plain files (no SPA fallback), the
 * generated datasets under /bench-data/ with a CORS header, and the vis-timeline page and its
 * library under /bench/. With `gzip`, text is sent compressed to clients that accept it, as static
 * hosts and CDNs send it.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ServerPaths {
	/** The app's build output (build/). */
	readonly build: string;
	/** Where the generated datasets are (tests/bench/.cache/). */
	readonly data: string;
	/** tests/bench/, for vis.html and probe files. */
	readonly bench: string;
	/** node_modules/vis-timeline/. */
	readonly vis: string;
}

export interface ServerOptions {
	/** Compress text responses for clients that accept gzip. */
	readonly gzip?: boolean;
}

export interface BenchServer {
	/** http://127.0.0.1:PORT, without a trailing slash. */
	readonly origin: string;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** Types already compressed (images, fonts) are sent as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

/** Gzipped bodies by file: each is compressed once, as the build does not change while served. */
type GzipCache = Map<string, Buffer>;

function gzipped(cache: GzipCache, file: string): Buffer {
	let body = cache.get(file);
	if (!body) {
		body = gzipSync(readFileSync(file), { level: 9 });
		cache.set(file, body);
	}
	return body;
}

function acceptsGzip(request: IncomingMessage): boolean {
	return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

/** A file under `root` for a URL path, or null when it would leave `root` or is not a file. */
function fileUnder(root: string, urlPath: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
	try {
		return statSync(path).isFile() ? path : null;
	} catch {
		return null;
	}
}

/** Maps a request path to a file: fixed routes first, then plain files, then `path.html`. */
function resolveFile(paths: ServerPaths, pathname: string): { file: string; cors: boolean } | null {
	if (pathname.startsWith('/bench-data/')) {
		const file = fileUnder(paths.data, pathname.slice('/bench-data/'.length));
		return file ? { file, cors: true } : null;
	}
	const fixed: Record<string, string> = {
		'/bench/vis.html': join(paths.bench, 'vis.html'),
		'/bench/vis/vis-timeline-graph2d.min.js': join(
			paths.vis,
			'standalone/umd/vis-timeline-graph2d.min.js'
		),
		'/bench/vis/vis-timeline-graph2d.min.css': join(
			paths.vis,
			'styles/vis-timeline-graph2d.min.css'
		)
	};
	const route = fixed[pathname];
	if (route !== undefined) return { file: route, cors: false };
	if (pathname === '/' || pathname === '/index.html') {
		return { file: join(paths.build, 'index.html'), cors: false };
	}
	if (pathname === '/embed' || pathname === '/embed/') {
		return { file: join(paths.build, 'embed.html'), cors: false };
	}
	const file = fileUnder(paths.build, pathname) ?? fileUnder(paths.build, `${pathname}.html`);
	return file ? { file, cors: false } : null;
}

function handle(
	paths: ServerPaths,
	gzip: GzipCache | undefined,
	request: IncomingMessage,
	response: ServerResponse
): void {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (request.method === 'OPTIONS') {
		response.writeHead(204, {
			'Access-Control-Allow-Origin': '*',
			'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
			'Access-Control-Allow-Headers': '*'
		});
		response.end();
		return;
	}
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { Allow: 'GET, HEAD, OPTIONS' });
		response.end();
		return;
	}
	const found = resolveFile(paths, url.pathname);
	let size = 0;
	try {
		if (found) size = statSync(found.file).size;
	} catch {
		size = -1;
	}
	if (!found || size < 0) {
		response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		response.end(`not found: ${url.pathname}\n`);
		return;
	}
	const headers: Record<string, string | number> = {
		'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream',
		'Content-Length': size,
		'Cache-Control': 'no-cache'
	};
	if (found.cors) headers['Access-Control-Allow-Origin'] = '*';
	if (gzip && COMPRESSIBLE.has(extname(found.file))) {
		headers['Vary'] = 'Accept-Encoding';
		if (acceptsGzip(request)) {
			const body = gzipped(gzip, found.file);
			headers['Content-Encoding'] = 'gzip';
			headers['Content-Length'] = body.length;
			response.writeHead(200, headers);
			response.end(request.method === 'HEAD' ? undefined : body);
			return;
		}
	}
	response.writeHead(200, headers);
	if (request.method === 'HEAD') {
		response.end();
		return;
	}
	const stream = createReadStream(found.file);
	stream.on('error', () => response.destroy());
	stream.pipe(response);
}

/** Starts the server on a free port of 127.0.0.1. */
export function startServer(paths: ServerPaths, options: ServerOptions = {}): Promise<BenchServer> {
	const gzip: GzipCache | undefined = options.gzip ? new Map() : undefined;
	const server = createServer((request, response) => handle(paths, gzip, request, response));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				origin: `http://127.0.0.1:${port}`,
				close: () =>
					new Promise<void>((done, fail) => {
						server.closeAllConnections();
						server.close((error) => (error ? fail(error) : done()));
					})
			});
		});
	});
}
