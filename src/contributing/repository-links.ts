import { site } from '#src/site.ts';

/** The address that opens a file of the repository in GitHub's editor, on the published branch. */
export function editUrlOf(file: string): string {
	return `${site.repository}/edit/${site.branch}/${file}`;
}

/** The repository path an edit link points at, or undefined for a link elsewhere. */
export function sourceFileOf(editUrl: URL | string | undefined): string | undefined {
	if (!editUrl) return undefined;
	const prefix = editUrlOf('');
	const href = String(editUrl);
	return href.startsWith(prefix) && href.length > prefix.length
		? decodeURI(href.slice(prefix.length))
		: undefined;
}

/**
 * The issue form for problems with the site (.github/ISSUE_TEMPLATE/bug.yml); a page's report link fills in
 * its title and its `page-url` field.
 */
export const pageProblemForm = 'bug.yml';

export function reportProblemUrl(page: { title: string; url: string }): string {
	const query = new URLSearchParams({
		template: pageProblemForm,
		title: `Problem with "${page.title}"`,
		'page-url': page.url,
	});
	return `${site.repository}/issues/new?${query}`;
}
