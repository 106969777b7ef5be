import { describe, expect, it } from 'vitest';
import { finalTarget, followRedirects } from '#src/whitepapers/redirects.ts';

const redirects = [
	{ from: '/wp/first/', to: '/wp/second/' },
	{ from: '/wp/second/', to: '/wp/third/' },
	{ from: '/wp/loop-a/', to: '/wp/loop-b/' },
	{ from: '/wp/loop-b/', to: '/wp/loop-a/' },
];

describe('whitepaper redirects', () => {
	it('follows a chain of renames to the page it ends at', () => {
		expect(followRedirects(redirects, '/wp/first/')).toEqual({
			chain: ['/wp/first/', '/wp/second/', '/wp/third/'],
			loops: false,
		});
		expect(finalTarget(redirects, '/wp/first/')).toBe('/wp/third/');
	});

	it('stops at a loop and says so', () => {
		expect(followRedirects(redirects, '/wp/loop-a/')).toEqual({
			chain: ['/wp/loop-a/', '/wp/loop-b/', '/wp/loop-a/'],
			loops: true,
		});
	});
});
