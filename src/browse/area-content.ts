import { getCollection } from 'astro:content';
import type { Area } from '#src/schemas/guidance.ts';
import { paperPath } from '#src/whitepapers/paths.ts';
import { parseEntryId } from '#src/whitepapers/versions.ts';
import { linksOf } from './area-map.ts';
import { loadDocsPages } from './pages.ts';
import { sectionsMatching, whitepaperSections, type Section } from './whitepaper-sections.ts';
import { pathWithBase } from '#src/base-path.ts';

/** Parsing a whitepaper's MDX is slow and every area page needs it, so each body is parsed once per build. */
const sectionsById = new Map<string, Section[]>();
function sectionsOf(id: string, body: string): Section[] {
	if (!sectionsById.has(id)) sectionsById.set(id, whitepaperSections(body));
	return sectionsById.get(id) ?? [];
}

/** Everything the site holds on one focus area, gathered for its area page. */
export async function loadAreaContent(area: Area) {
	const [pages, terms, whitepapers, updates] = await Promise.all([
		loadDocsPages(),
		getCollection('glossary', (entry) => entry.data.guidance?.includes(area) ?? false),
		// Living texts only: a frozen earlier version keeps its own page, but an area points readers at the latest.
		getCollection('whitepapers', (entry) => !parseEntryId(entry.id).frozenVersion),
		getCollection('updates', (entry) => entry.data.areas?.includes(area) ?? false),
	]);
	const { sectionKeywords, landscapeFields } = linksOf(area);
	return {
		guidance: pages.filter((page) => page.area === area),
		terms: terms
			.map((entry) => entry.data)
			.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })),
		landscapeFields,
		whitepapers: whitepapers
			.map((paper) => ({
				title: paper.data.title,
				href: pathWithBase(paperPath(paper.id)),
				sections: sectionsMatching(sectionsOf(paper.id, paper.body ?? ''), sectionKeywords),
			}))
			.filter((paper) => paper.sections.length > 0)
			.sort((a, b) => a.title.localeCompare(b.title, 'en')),
		updates: updates
			.map((entry) => ({ id: entry.id, ...entry.data }))
			.sort((a, b) => b.date.localeCompare(a.date)),
	};
}
