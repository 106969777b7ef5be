import { entryIdOf } from '#src/content-source/entry-id.ts';
import type { SourceFile } from '#src/content-source/model.ts';
import { paperPath, versionPath } from '#src/whitepapers/paths.ts';
import { parseEntryId, whitepaperEntryId } from '#src/whitepapers/versions.ts';

/** The address Starlight gives a docs page: its entry id with slashes around it. */
export function docsRoute(pathInBase: string): string {
	const id = entryIdOf(pathInBase);
	return id ? `/${id}/` : '/';
}

/** The address a content file is published at, which its relative links are resolved against. */
export function routeOf(
	content: Pick<SourceFile, 'collection' | 'pathInBase'>
): string | undefined {
	if (content.collection === 'docs') return docsRoute(content.pathInBase);
	if (content.collection === 'whitepapers') {
		const { slug, frozenVersion } = parseEntryId(whitepaperEntryId(content.pathInBase));
		return frozenVersion ? versionPath(slug, frozenVersion) : paperPath(slug);
	}
	// Every update is shown on the one updates page.
	if (content.collection === 'updates') return '/updates/';
	return undefined;
}
