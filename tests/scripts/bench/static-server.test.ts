import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wireBytes } from '../../../scripts/bench/compression.ts';
import { serveStatic, type StaticServer } from '../../../scripts/bench/static-server.ts';

const root = resolve('tests/fixtures/bench/site');
let server: StaticServer;
beforeAll(async () => {
	server = await serveStatic(root);
});
afterAll(() => server.close());

describe('serveStatic', () => {
	it("serves a folder's index.html gzipped and records its size on the wire", async () => {
		const response = await fetch(`${server.origin}/guides/long/`, {
			headers: { 'accept-encoding': 'gzip' },
		});
		const file = readFileSync(resolve(root, 'guides/long/index.html'));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		expect(Buffer.from(await response.arrayBuffer())).toEqual(file);
		expect(server.responses.at(-1)).toEqual({
			path: '/guides/long/',
			status: 200,
			wireBytes: wireBytes(file),
		});
		expect(server.pending()).toBe(0);
	});

	it('serves JavaScript with a JavaScript type, as module scripts require', async () => {
		const response = await fetch(`${server.origin}/_astro/page.js`);
		expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
	});

	it('answers an unknown path, or one that leaves the folder, with 404.html and status 404', async () => {
		for (const path of ['/no-such-page/', '/../package.json']) {
			const response = await fetch(`${server.origin}${path}`);
			expect(response.status).toBe(404);
			expect(await response.text()).toBe(readFileSync(resolve(root, '404.html'), 'utf8'));
		}
	});
});
