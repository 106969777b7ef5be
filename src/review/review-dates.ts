import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageFrontmatter } from '#src/schemas/page.ts';
import { splitFrontmatter } from '#src/content-source/frontmatter.ts';
import { YamlSource } from '#src/content-source/yaml-source.ts';

export interface ReviewDate {
	/** Path relative to the root, with forward slashes. */
	file: string;
	status: PageFrontmatter['status'];
	lastReviewed: string;
}

/**
 * The review date of every page the site shows a review status for: docs pages from their frontmatter, and
 * landscape entries, whose pages show status `review` with lastVerified as the review date.
 * Files without a readable date are left to `npm run check`.
 */
export function reviewDates(root: string): ReviewDate[] {
	const pages = globSync('**/*.{md,mdx}', { cwd: join(root, 'src/content/docs') }).flatMap(
		(path) => {
			const file = `src/content/docs/${path.split('\\').join('/')}`;
			const frontmatter = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
			const data = frontmatter
				? (new YamlSource(frontmatter.yaml).data as Partial<Record<string, unknown>>)
				: undefined;
			return typeof data?.['status'] === 'string' && typeof data['lastReviewed'] === 'string'
				? [
						{
							file,
							status: data['status'] as ReviewDate['status'],
							lastReviewed: data['lastReviewed'],
						},
					]
				: [];
		}
	);
	const landscape = globSync('*.yaml', { cwd: join(root, 'content/landscape') }).flatMap((path) => {
		const file = `content/landscape/${path}`;
		const data = new YamlSource(readFileSync(join(root, file), 'utf8')).data as
			Partial<Record<string, unknown>> | undefined;
		return typeof data?.['lastVerified'] === 'string'
			? [{ file, status: 'review' as const, lastReviewed: data['lastVerified'] }]
			: [];
	});
	return [...pages, ...landscape].sort((a, b) => a.file.localeCompare(b.file));
}
