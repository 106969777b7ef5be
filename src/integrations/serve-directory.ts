import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
};

export interface ServedDirectory {
	/** e.g. http://127.0.0.1:41234 */
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built site read-only on a free loopback port, under the deployment's base path, as a static host
 * would (a path ending in / serves its index.html). Nothing outside the folder is reachable.
 */
export async function serveDirectory(root: string, base: string): Promise<ServedDirectory> {
	const prefix = base.replace(/\/+$/, '');
	const server = createServer((request, response) => {
		const file = fileFor(root, prefix, new URL(request.url ?? '/', 'http://loopback').pathname);
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}

function fileFor(root: string, prefix: string, pathname: string): string | undefined {
	const path = decodeURIComponent(pathname);
	if (!path.startsWith(`${prefix}/`)) return undefined;
	const inSite = path.slice(prefix.length);
	const candidate = resolve(join(root, inSite.endsWith('/') ? `${inSite}index.html` : inSite));
	if (!candidate.startsWith(resolve(root) + sep)) return undefined;
	return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}
