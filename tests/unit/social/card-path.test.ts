import { describe, expect, it } from 'vitest';
import { cardImagePath, cardKey } from '#src/social/card-path.ts';

describe('social card paths', () => {
	it('keys a card by the page path inside the site, with index for the home page', () => {
		expect(cardKey('/guidance/lts/', '/')).toBe('guidance/lts');
		expect(cardKey('/', '/')).toBe('index');
		expect(cardKey('/404.html', '/')).toBe('404');
	});

	it('strips the base path of a project site, with or without its trailing slash', () => {
		expect(cardKey('/website/guidance/lts/', '/website')).toBe('guidance/lts');
		expect(cardKey('/website/', '/website/')).toBe('index');
		expect(cardKey('/website/landscape/talos/index.html', '/website/')).toBe('landscape/talos');
	});

	it('puts the image under og/', () => {
		expect(cardImagePath('guidance/lts')).toBe('og/guidance/lts.png');
	});
});
