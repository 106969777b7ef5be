import type { CollectionName, DataOf } from '#src/collections.ts';
import type { ContentFile, SiteContent } from '#src/content-source/model.ts';

/** The checked files of one collection, typed with its schema's output. */
export function filesOf<Name extends CollectionName>(
	site: SiteContent,
	name: Name
): readonly ContentFile<DataOf<Name>>[] {
	return (site.files.get(name) ?? []) as readonly ContentFile<DataOf<Name>>[];
}
