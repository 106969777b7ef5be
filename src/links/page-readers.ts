import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';
import { requestError } from './http.ts';
import type { PageResult, ReadPage } from './source-check.ts';

/**
 * Reads pages from the network: one GET, following redirects, with a timeout. A network error, a timeout, 429
 * (too many requests) or a 5xx answer is tried once more after a pause, because a weekly report that blames a
 * fact for a server's bad minute sends a maintainer to check a page that is fine.
 */
export function networkReader(options: {
	userAgent: string;
	timeoutMs: number;
	retryAfterMs: number;
}): ReadPage {
	const once = async (address: string): Promise<{ page: PageResult; retry: boolean }> => {
		try {
			const response = await fetch(address, {
				redirect: 'follow',
				signal: AbortSignal.timeout(options.timeoutMs),
				headers: {
					'user-agent': options.userAgent,
					accept: 'text/html,text/plain;q=0.9,*/*;q=0.5',
				},
			});
			if (!response.ok) {
				await response.body?.cancel();
				return {
					page: { failure: `HTTP ${response.status}` },
					retry: response.status === 429 || response.status >= 500,
				};
			}
			const contentType = response.headers.get('content-type') ?? '';
			return { page: { body: await response.text(), contentType }, retry: false };
		} catch (error) {
			return { page: { failure: `network error: ${requestError(error)}` }, retry: true };
		}
	};
	return async (address) => {
		const first = await once(address);
		if (!first.retry) return first.page;
		await sleep(options.retryAfterMs);
		return (await once(address)).page;
	};
}

const mediaTypes: Record<string, string> = {
	'.html': 'text/html',
	'.md': 'text/markdown',
	'.txt': 'text/plain',
	'.pdf': 'application/pdf',
};

/**
 * Reads pages recorded earlier, for tests and offline runs. The folder holds the pages and a `pages.yaml` that
 * maps each address to what reading it gave: a file name (its media type from the extension), `{ status: 404 }`
 * or `{ error: "message" }`. An address not listed reads as a network error, as it would offline.
 */
export function recordedReader(folder: string): ReadPage {
	const recorded: unknown = parse(readFileSync(join(folder, 'pages.yaml'), 'utf8'));
	const entries = new Map(recorded && typeof recorded === 'object' ? Object.entries(recorded) : []);
	return async (address) => {
		const entry: unknown = entries.get(address);
		if (typeof entry === 'string')
			return {
				body: readFileSync(join(folder, entry), 'utf8'),
				contentType: mediaTypes[extname(entry)] ?? 'application/octet-stream',
			};
		if (entry && typeof entry === 'object' && 'status' in entry)
			return { failure: `HTTP ${String(entry.status)}` };
		const message =
			entry && typeof entry === 'object' && 'error' in entry
				? String(entry.error)
				: `no recorded page for ${address}`;
		return { failure: `network error: ${message}` };
	};
}
