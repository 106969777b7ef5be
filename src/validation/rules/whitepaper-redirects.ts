import type { Problem, SiteContent } from '#src/content-source/model.ts';
import { pagePathsOf } from '#src/whitepapers/paths.ts';
import { filesOf } from '../site-files.ts';
import { paperFiles } from './whitepapers.ts';

/** Every redirect ends at a page a paper has, and no redirect hides such a page. */
export function checkWhitepaperRedirects(site: SiteContent): Problem[] {
	const files = filesOf(site, 'whitepaperRedirects');
	const papers = paperFiles(filesOf(site, 'whitepapers'));
	const pages = new Set(
		papers.flatMap((paper) =>
			pagePathsOf(paper.slug, paper.data.shortName, paper.data.version, !paper.frozenVersion)
		)
	);
	return files.flatMap((content) => {
		const redirects = content.data?.redirects ?? [];
		const sources = new Set(redirects.map((redirect) => redirect.from));
		return redirects.flatMap((redirect, index): Problem[] => {
			const at = (field: 'from' | 'to') => ({
				file: content.file,
				...content.source.locate(['redirects', index, field]),
				field: `redirects.${index}.${field}`,
			});
			if (pages.has(redirect.from)) {
				return [
					{
						...at('from'),
						expected: 'an address no paper uses any more',
						found: `${redirect.from}, a page that exists`,
						hint: 'A redirect here would hide the page; remove it.',
					},
				];
			}
			if (!pages.has(redirect.to) && !sources.has(redirect.to)) {
				return [
					{
						...at('to'),
						expected: 'the address of a paper page, version or short link (or of another redirect)',
						found: `${redirect.to}, which no paper has`,
					},
				];
			}
			return [];
		});
	});
}
