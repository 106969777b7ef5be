/** Every tag used by a page, with the pages that carry it (in the order given), tags sorted alphabetically. */
export function pagesByTag<T extends { tags: readonly string[] }>(
	pages: readonly T[]
): Map<string, T[]> {
	const byTag = new Map<string, T[]>();
	for (const page of pages)
		for (const tag of page.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), page]);
	return new Map([...byTag].sort(([a], [b]) => a.localeCompare(b, 'en')));
}

/** A tag as a heading: `ab-partitions` reads "ab partitions". */
export function tagLabel(tag: string): string {
	return tag.replace(/-/g, ' ');
}
