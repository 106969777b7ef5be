import { describe, expect, it } from 'vitest';
import { editUrlOf, reportProblemUrl, sourceFileOf } from '#src/contributing/repository-links.ts';
import { site } from '#src/site.ts';

describe('repository links', () => {
	it('round-trips a source path through its edit link', () => {
		const file = 'src/content/docs/guidance/lts.mdx';
		expect(editUrlOf(file)).toBe(`${site.repository}/edit/${site.branch}/${file}`);
		expect(sourceFileOf(new URL(editUrlOf(file)))).toBe(file);
		expect(sourceFileOf('https://example.org/edit/main/x.md')).toBeUndefined();
	});

	it('prefills the problem report with the page title and address', () => {
		const url = new URL(
			reportProblemUrl({
				title: 'Upgrade scenarios',
				url: 'https://example.org/guidance/upgrades/',
			})
		);
		expect(`${url.origin}${url.pathname}`).toBe(`${site.repository}/issues/new`);
		expect(url.searchParams.get('template')).toBe('bug.yml');
		expect(url.searchParams.get('title')).toContain('Upgrade scenarios');
		expect(url.searchParams.get('page-url')).toBe('https://example.org/guidance/upgrades/');
	});
});
