import { describe, expect, it } from 'vitest';
import { updateSchema } from '#src/schemas/update.ts';
import { problemsOf, replaceLine, validFixture } from './helpers.ts';

const update = validFixture('content/updates/2026-04-30-example-release.md');
const problems = (text: string) => problemsOf(updateSchema, text, { frontmatter: true });

describe('update schema', () => {
	it('accepts a dated, sourced update', () => {
		expect(problems(update)).toEqual([]);
	});

	it('rejects an update without sources, and a source that is not https', () => {
		const withoutSources = replaceLine(
			update,
			'sources:\n  - title: "Example OS 2.0 release notes"\n    url: https://example.org/releases/2.0/\n',
			'sources: []\n'
		);
		expect(problems(withoutSources)).toEqual([
			'6 sources at least one source (title and https url) | 0 items',
		]);
		expect(
			problems(
				replaceLine(
					update,
					'url: https://example.org/releases/2.0/',
					'url: http://example.org/releases/2.0/'
				)
			)
		).toEqual(['8 sources.0.url an absolute https:// URL | "http://example.org/releases/2.0/"']);
	});

	it('rejects an unknown kind, an impossible date and an unknown area', () => {
		const text = replaceLine(
			replaceLine(
				replaceLine(update, 'kind: release', 'kind: news'),
				'date: 2026-04-30',
				'date: 2026-02-30'
			),
			'areas: [upgrades]',
			'areas: [upgrade]'
		);
		const found = problems(text);
		expect(found).toHaveLength(3);
		expect(found[0]).toBe('3 date a real calendar date written as YYYY-MM-DD | "2026-02-30"');
		expect(found[1]).toMatch(
			/^5 kind one of "landscape" \| "working-group" \| "release" \| "news"$/
		);
		expect(found[2]).toMatch(/^9 areas\.0 one of "overview"/);
	});
});
