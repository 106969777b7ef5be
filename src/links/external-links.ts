import { isExternal, linkTargets } from '#src/content-source/link-targets.ts';
import { bodyTree, lineInFile } from '#src/content-source/markdown.ts';
import { contentCollections } from '#src/collections.ts';
import { readSite } from '#src/content-source/read-site.ts';

/** An external address and every place that cites it. */
export interface ExternalLink {
	url: string;
	/** `file:line` of each use. */
	usedAt: string[];
}

/**
 * Every https address the content cites: links in page bodies and URL values anywhere in frontmatter and YAML
 * data (sources, homepages). Read from the same files the checker reads, so the lists cannot drift apart.
 */
export function externalLinks(root: string): ExternalLink[] {
	const site = readSite(root, contentCollections);
	const byUrl = new Map<string, string[]>();
	const add = (url: string, place: string) => byUrl.set(url, [...(byUrl.get(url) ?? []), place]);
	for (const files of site.files.values()) {
		for (const content of files) {
			for (const { url, path } of urlsIn(content.source.data))
				add(url, `${content.file}:${content.source.locate(path).line}`);
			const parsed = bodyTree(content);
			if (!parsed || 'error' in parsed || !content.body) continue;
			for (const target of linkTargets(parsed.tree)) {
				if (isExternal(target.url) && /^https:\/\//i.test(target.url))
					add(target.url, `${content.file}:${lineInFile(content.body, target.line)}`);
			}
		}
	}
	return [...byUrl]
		.map(([url, usedAt]) => ({ url, usedAt: [...new Set(usedAt)] }))
		.sort((a, b) => a.url.localeCompare(b.url));
}

function urlsIn(
	value: unknown,
	path: (string | number)[] = []
): { url: string; path: (string | number)[] }[] {
	if (typeof value === 'string') return /^https:\/\/\S+$/.test(value) ? [{ url: value, path }] : [];
	if (Array.isArray(value)) return value.flatMap((item, index) => urlsIn(item, [...path, index]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => urlsIn(item, [...path, key]));
	return [];
}
