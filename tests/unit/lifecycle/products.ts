import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { lifecycleSchema } from '#src/schemas/lifecycle.ts';
import type { LifecycleProduct } from '#src/lifecycle/support.ts';

/** The lifecycle files of a folder, parsed the way the site parses them (YAML core schema, then zod). */
export function productsIn(folder: string): LifecycleProduct[] {
	return globSync('*.yaml', { cwd: folder })
		.sort()
		.map((file) => ({
			id: basename(file, '.yaml'),
			data: lifecycleSchema.parse(
				parse(readFileSync(`${folder}/${file}`, 'utf8'), { schema: 'core' })
			),
		}));
}

export const fixtureProducts = () => productsIn('tests/fixtures/lifecycle');

export function product(products: readonly LifecycleProduct[], id: string): LifecycleProduct {
	const found = products.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no fixture product ${id}`);
	return found;
}

export function line(products: readonly LifecycleProduct[], productId: string, lineId: string) {
	const found = product(products, productId).data.lines.find(
		(candidate) => candidate.id === lineId
	);
	if (!found) throw new Error(`no fixture line ${productId} ${lineId}`);
	return found;
}
