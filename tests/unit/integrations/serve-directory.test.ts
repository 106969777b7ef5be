import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type ServedDirectory } from '#src/integrations/serve-directory.ts';

describe('serveDirectory', () => {
	const parent = mkdtempSync(join(tmpdir(), 'serve-directory-'));
	const root = join(parent, 'dist');
	let served: ServedDirectory;
	const get = (path: string) => fetch(`${served.origin}${path}`);

	beforeAll(async () => {
		mkdirSync(join(root, 'paper'), { recursive: true });
		writeFileSync(join(root, 'paper', 'index.html'), '<h1>Paper</h1>');
		writeFileSync(join(parent, 'secret.txt'), 'outside the site');
		served = await serveDirectory(root, '/website/');
	});
	afterAll(() => served.close());

	it('serves a folder path as its index.html, under the base path, as HTML', async () => {
		const response = await get('/website/paper/');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await response.text()).toBe('<h1>Paper</h1>');
	});

	it('answers 404 outside the base path, for missing files and for anything outside the folder', async () => {
		expect((await get('/paper/')).status).toBe(404);
		expect((await get('/website/missing/')).status).toBe(404);
		expect((await get('/website/%2e%2e/secret.txt')).status).toBe(404);
	});
});
