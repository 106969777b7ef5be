import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wireBody, wireBytes } from '../../../scripts/bench/compression.ts';

describe('wireBody', () => {
	it('gzips text, which it shrinks, and the gzip decodes back to the body', () => {
		const body = Buffer.from('<p>repeated markup</p>\n'.repeat(200));
		const wire = wireBody(body);
		expect(wire.gzipped).toBe(true);
		expect(wire.body.length).toBeLessThan(body.length);
		expect(gunzipSync(wire.body)).toEqual(body);
		expect(wireBytes(body)).toBe(wire.body.length);
	});

	it('sends data that gzip cannot shrink as it is', () => {
		const body = randomBytes(4096);
		expect(wireBody(body)).toEqual({ body, gzipped: false });
	});
});
