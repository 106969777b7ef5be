import { visit } from 'unist-util-visit';
import type { Whitepaper } from '#src/schemas/whitepaper.ts';
import { compareVersions, parseEntryId, whitepaperEntryId } from '#src/whitepapers/versions.ts';
import { parseBody } from '#src/content-source/markdown.ts';
import type { Problem } from '#src/content-source/model.ts';
import type { ContentFile } from '#src/content-source/model.ts';
import { uniqueAcrossFiles } from './unique.ts';

interface PaperFile extends ContentFile<Whitepaper> {
	data: Whitepaper;
	slug: string;
	frozenVersion?: string;
}

/** The files of papers whose frontmatter passed its schema, with the slug and version their paths give. */
export function paperFiles(files: readonly ContentFile<Whitepaper>[]): PaperFile[] {
	return files.flatMap(({ data, ...content }) =>
		data ? [{ ...content, data, ...parseEntryId(whitepaperEntryId(content.pathInBase)) }] : []
	);
}

/**
 * A paper's text is shown at several addresses (its page, each version's page, the PDF), so a relative link
 * such as ../lts/ would resolve differently in each; links must start at the site root (/whitepapers/lts/).
 */
export function checkWhitepaperLinks(content: ContentFile): Problem[] {
	const { body } = content;
	if (!body) return [];
	const parsed = parseBody(body.text, true);
	if ('error' in parsed) return [];
	const problems: Problem[] = [];
	visit(parsed.tree, 'link', (node) => {
		if (/^(?:[a-z][a-z\d+.-]*:|\/|#)/i.test(node.url)) return;
		const line = body.line - 1 + (node.position?.start.line ?? 1);
		problems.push({
			file: content.file,
			line,
			column: node.position?.start.column ?? 1,
			field: '(body)',
			expected:
				'a link from the site root (/whitepapers/lts/, /landscape/talos/) or an absolute URL',
			found: `the relative link ${node.url}`,
			hint: "The same text is shown at /whitepapers/<slug>/, at each version's page and in the PDF; a relative link breaks in some of them.",
		});
	});
	return problems;
}

/**
 * Versions: a frozen copy at <slug>/versions/<version>.mdx is an older version of the living text beside it,
 * with the same short link; every version in the living text's history other than the current one has a
 * frozen copy, so an address that was once cited keeps working. Short names are unique among papers.
 */
export function checkWhitepaperVersions(files: readonly ContentFile<Whitepaper>[]): Problem[] {
	const papers = paperFiles(files);
	const living = new Map(
		papers.filter((paper) => !paper.frozenVersion).map((paper) => [paper.slug, paper])
	);
	const problems = uniqueAcrossFiles(
		'shortName',
		'it is the short link /wp/<shortName>'
	)([...living.values()]);
	for (const frozen of papers.filter((paper) => paper.frozenVersion)) {
		const at = (field: string) => ({ file: frozen.file, ...frozen.source.locate([field]), field });
		const current = living.get(frozen.slug);
		if (frozen.data.version !== frozen.frozenVersion) {
			problems.push({
				...at('version'),
				expected: `version ${frozen.frozenVersion}, as the file name says`,
				found: frozen.data.version,
				hint: 'A frozen copy is named after its version: versions/<version>.mdx.',
			});
		}
		if (!current) {
			problems.push({
				...at('(file)'),
				line: 1,
				column: 1,
				expected: `the living text content/whitepapers/${frozen.slug}/index.mdx beside this frozen copy`,
				found: 'no such file',
			});
			continue;
		}
		if (frozen.data.shortName !== current.data.shortName) {
			problems.push({
				...at('shortName'),
				expected: `the paper's short name "${current.data.shortName}"`,
				found: `"${frozen.data.shortName}"`,
			});
		}
		if (compareVersions(frozen.data.version, current.data.version) >= 0) {
			problems.push({
				...at('version'),
				expected: `a version older than the living text's ${current.data.version}`,
				found: frozen.data.version,
			});
		}
	}
	for (const current of living.values()) {
		const frozenVersions = new Set(
			papers
				.filter((paper) => paper.slug === current.slug && paper.frozenVersion)
				.map((paper) => paper.data.version)
		);
		current.data.history.forEach((entry, index) => {
			if (entry.version === current.data.version || frozenVersions.has(entry.version)) return;
			problems.push({
				file: current.file,
				...current.source.locate(['history', index, 'version']),
				field: `history.${index}.version`,
				expected: `a frozen copy of version ${entry.version} at content/whitepapers/${current.slug}/versions/${entry.version}.mdx`,
				found: 'no such file',
				hint: 'Before changing the living text, copy it to versions/<its version>.mdx so its address keeps working.',
			});
		});
	}
	return problems;
}
