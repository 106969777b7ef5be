import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { wireBody } from './compression.ts';

/** One response the server sent, with the body's size on the wire. */
export interface ServedResponse {
	path: string;
	status: number;
	wireBytes: number;
}

export interface StaticServer {
	origin: string;
	/** Every response so far, in the order they finished. */
	responses: ServedResponse[];
	/** Requests received but not yet answered. */
	pending(): number;
	close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};

/**
 * Serves a built site on loopback the way a static host does (index.html for a folder, 404.html with status
 * 404, gzip where the browser accepts it and it helps) and records what each response cost on the wire.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
	const responses: ServedResponse[] = [];
	let pending = 0;
	const server = createServer((request, response) => {
		pending++;
		response.on('close', () => pending--);
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const file = resolveFile(root, path);
		const status = file ? 200 : 404;
		const raw = readFileSync(file ?? join(root, '404.html'));
		const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const wire = acceptsGzip ? wireBody(raw) : { body: raw, gzipped: false };
		response.writeHead(status, {
			'content-type': contentTypes[extname(file ?? '.html')] ?? 'application/octet-stream',
			'content-length': wire.body.length,
			...(wire.gzipped ? { 'content-encoding': 'gzip' } : {}),
			// As GitHub Pages serves: a file fetched once in a visit is not fetched again by the next search.
			'cache-control': 'max-age=600',
		});
		response.end(wire.body, () => responses.push({ path, status, wireBytes: wire.body.length }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		responses,
		pending: () => pending,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}

function resolveFile(root: string, path: string): string | undefined {
	const candidate = normalize(join(root, path));
	if (!candidate.startsWith(root)) return undefined;
	const file = path.endsWith('/') ? join(candidate, 'index.html') : candidate;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
