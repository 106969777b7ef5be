import { describe, expect, it } from 'vitest';
import {
	knownMessages,
	readKnownMessages,
	unknownMessages,
} from '../../../scripts/validators/known-issues.ts';

const markdown = [
	'# Known issues',
	'## Build warnings',
	'### Tool A: notice',
	'- Matches: `[vite] notice about *.mdx`',
	'- Matches: `` [build] Could not render `/404` from route `/[...slug]`. ``',
	'## HTML validator errors',
	'### Component B: attribute',
	'- Component: B',
	'- Matches: `The “x” attribute must not be specified on the “script” element.`',
	'- Matches: `Bad value “*” (a.b)`',
].join('\n');

describe('known issues', () => {
	it('reads only the Matches lines of the section asked for, with their issue heading', () => {
		expect(knownMessages(markdown, 'buildWarnings').map((entry) => entry.pattern)).toEqual([
			'[vite] notice about *.mdx',
			'[build] Could not render `/404` from route `/[...slug]`.',
		]);
		const html = knownMessages(markdown, 'htmlErrors');
		expect(html.map((entry) => entry.issue)).toEqual([
			'Component B: attribute',
			'Component B: attribute',
		]);
	});

	it('matches a whole message, with * for any text and everything else literal', () => {
		const [notice] = knownMessages(markdown, 'buildWarnings');
		expect(notice?.matches('[vite] notice about src/a.mdx')).toBe(true);
		expect(notice?.matches('[vite] notice about src/a.mdx, and more')).toBe(false);
		const [, badValue] = knownMessages(markdown, 'htmlErrors');
		expect(badValue?.matches('Bad value “--0:#fff” (a.b)')).toBe(true);
		expect(badValue?.matches('Bad value “--0:#fff” (aXb)')).toBe(false);
	});

	it('returns each unknown message once, with how often it came', () => {
		const known = knownMessages(markdown, 'buildWarnings');
		const messages = ['[vite] notice about a.mdx', '[content] empty', '[content] empty'];
		expect(unknownMessages(messages, known)).toEqual([{ message: '[content] empty', count: 2 }]);
	});

	it("reads the repository's own KNOWN-ISSUES.md", () => {
		for (const entry of readKnownMessages('htmlErrors')) expect(entry.issue).not.toBe('');
	});
});
