import { entryIdOf } from '#src/content-source/entry-id.ts';
import type { Problem, SiteContent } from '#src/content-source/model.ts';
import { filesOf } from '../site-files.ts';

/** Lifecycle kinds a node OS can run on: upstream Kubernetes (self-managed) and managed services. */
const platformKinds = new Set(['orchestrator', 'managed-service']);

/**
 * A releases file (content/releases/<id>.yaml) speaks of an OS the landscape lists, of platforms and lines the
 * lifecycle files have; every OS in the lifecycle files has one, since the stack calculator pairs OS streams
 * with platforms only where a source says the OS runs there.
 */
export function checkReleaseReferences(site: SiteContent): Problem[] {
	const landscapeIds = new Set(
		filesOf(site, 'landscape').map((content) => entryIdOf(content.pathInBase))
	);
	const lifecycles = new Map(
		filesOf(site, 'lifecycles').flatMap((content) =>
			content.data
				? [[entryIdOf(content.pathInBase), { content, data: content.data }] as const]
				: []
		)
	);
	const releases = filesOf(site, 'releases');
	const releaseIds = new Set(releases.map((content) => entryIdOf(content.pathInBase)));

	const problems = releases.flatMap((content): Problem[] => {
		const data = content.data;
		if (!data) return [];
		const id = entryIdOf(content.pathInBase);
		const at = (path: (string | number)[]) => ({
			file: content.file,
			...content.source.locate(path),
			field: path.length > 0 ? path.join('.') : '(file)',
		});
		const found: Problem[] = [];
		if (!landscapeIds.has(id))
			found.push({
				...at([]),
				expected: `a file named after a landscape entry (content/landscape/${id}.yaml)`,
				found: `no landscape entry ${id}`,
			});
		data.platforms.forEach((entry, index) => {
			const kind = lifecycles.get(entry.platform)?.data.kind;
			if (kind === undefined || !platformKinds.has(kind))
				found.push({
					...at(['platforms', index, 'platform']),
					expected: `the id of a Kubernetes or managed-service lifecycle file (${[...lifecycles]
						.filter(([, product]) => platformKinds.has(product.data.kind))
						.map(([productId]) => productId)
						.join(', ')})`,
					found: `"${entry.platform}"`,
				});
		});
		const lifecycle = lifecycles.get(id)?.data;
		data.streams.forEach((stream, index) => {
			if (stream.line === undefined) return;
			if (!lifecycle?.lines.some((line) => line.id === stream.line))
				found.push({
					...at(['streams', index, 'line']),
					expected: lifecycle
						? `the id of a line in content/lifecycles/${id}.yaml`
						: `a line of content/lifecycles/${id}.yaml, which does not exist`,
					found: `"${stream.line}"`,
				});
		});
		return found;
	});

	for (const [id, { content, data }] of lifecycles) {
		if (data.kind === 'os' && !releaseIds.has(id))
			problems.push({
				file: content.file,
				...content.source.locate(['kind']),
				field: 'kind',
				expected: `a content/releases/${id}.yaml saying where this OS runs and how it gets its runtime`,
				found: 'no releases file',
			});
	}
	return problems;
}
