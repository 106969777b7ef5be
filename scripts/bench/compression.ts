import { gzipSync } from 'node:zlib';

/**
 * A response body as a host serves it: gzipped (zlib's default level, as common hosts and CDNs use) when that
 * makes it smaller, else as it is. Pagefind's index files are compressed already, so they go out unchanged.
 */
export function wireBody(body: Buffer): { body: Buffer; gzipped: boolean } {
	const gzipped = gzipSync(body);
	return gzipped.length < body.length ? { body: gzipped, gzipped: true } : { body, gzipped: false };
}

export function wireBytes(body: Buffer): number {
	return wireBody(body).body.length;
}
