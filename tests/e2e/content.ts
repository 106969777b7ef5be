import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The site's content read straight from the repository, so browser tests derive what pages must show from the
 * data rather than from hard-coded lists.
 */
export function frontmatterOf(path: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
	if (!match?.[1]) throw new Error(`${path} has no frontmatter`);
	return parse(match[1], { schema: 'core' });
}

export const guidancePages = readdirSync('src/content/docs/guidance')
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const data = frontmatterOf(`src/content/docs/guidance/${file}`) as {
			title: string;
			area: string;
		};
		return { path: `/guidance/${file.replace(/\.mdx$/, '')}/`, title: data.title, area: data.area };
	});

export const glossaryTerms = parse(readFileSync('content/glossary.yaml', 'utf8')).terms as {
	term: string;
	slug: string;
	guidance?: string[];
}[];

export const updates = readdirSync('content/updates')
	.filter((file) => file.endsWith('.md'))
	.map((file) => ({
		id: file.replace(/\.md$/, ''),
		...(frontmatterOf(`content/updates/${file}`) as {
			title: string;
			date: string;
			summary: string;
		}),
	}));
