import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slug as slugOf } from 'github-slugger';
import { contentCollections } from '#src/collections.ts';
import { readSourceFile } from '#src/content-source/read-site.ts';
import { splitFrontmatter } from '#src/content-source/frontmatter.ts';
import { entryIdOf } from '#src/content-source/entry-id.ts';
import { formatReport } from '#src/validation/report.ts';
import { YamlSource } from '#src/content-source/yaml-source.ts';
import { checkFile } from '#src/validation/validate.ts';
import {
	glossaryTerm,
	guidancePage,
	proposal,
	landscapeEntry,
	openAreas,
	updatePage,
	whitepaper,
	type TemplateInput,
} from './templates.ts';

/** The kinds of content `npm run new` creates, with where each goes. */
export const kinds = {
	guidance: 'a guidance page for a focus area: src/content/docs/guidance/<area>.mdx',
	whitepaper: 'a whitepaper: content/whitepapers/<slug>/index.mdx',
	proposal: 'a working-group proposal: src/content/docs/proposals/<slug>.mdx',
	landscape: 'a container OS of the landscape: content/landscape/<id>.yaml',
	update: 'a dated update: src/content/docs/updates/<date>-<slug>.mdx',
	glossary: 'a glossary term, added to content/glossary.yaml',
} as const;
export type Kind = keyof typeof kinds;

export function isKind(value: string): value is Kind {
	return Object.hasOwn(kinds, value);
}

/** Why a file was not created; the message says what to do instead. */
export class ScaffoldRefusal extends Error {}

export interface ScaffoldRequest {
	kind: Kind;
	title: string;
	/** Repository (or copy) to write into. */
	root: string;
	today: string;
	/** The file name part; the title's slug by default. */
	slug?: string;
}

interface Plan {
	/** Path relative to the root. */
	file: string;
	/** The file's full text after the change. */
	text: string;
	/** The collection whose schema the file must pass. */
	collection: string;
	pathInBase: string;
}

/** Creates the file for a new piece of content, or throws ScaffoldRefusal without writing anything. */
export function scaffold(request: ScaffoldRequest): { file: string } {
	const slug = request.slug ?? slugOf(request.title);
	if (!/^[a-z\d]+(?:-[a-z\d]+)*$/.test(slug)) {
		throw new ScaffoldRefusal(
			`"${request.title}" gives no usable file name; pass --slug with lowercase words joined by dashes.`
		);
	}
	const input = { title: request.title, slug, today: request.today };
	const plan = planners[request.kind](input, request.root);
	refuseInvalid(plan, request.root);
	const absolute = join(request.root, plan.file);
	mkdirSync(dirname(absolute), { recursive: true });
	writeFileSync(absolute, plan.text);
	return { file: plan.file };
}

const planners: Record<Kind, (input: TemplateInput, root: string) => Plan> = {
	guidance: (input, root) => {
		const existing = new Set(
			filesIn(root, 'src/content/docs/guidance', '*.{md,mdx}').map(entryIdOf)
		);
		const file = `src/content/docs/guidance/${input.slug}.mdx`;
		if (existing.has(input.slug)) throw duplicate(file);
		const open = openAreas(existing);
		if (!open.includes(input.slug)) {
			throw new ScaffoldRefusal(
				`Guidance pages are one per focus area of the charter, named after the area, and "${input.slug}" is not an area without a page` +
					` (${open.length > 0 ? `open areas: ${open.join(', ')}` : 'every area has its page'}).` +
					' Improve the existing page, or propose a new area with the "New guidance" issue form: it is added to src/schemas/areas.ts once the working group agrees.'
			);
		}
		return {
			file,
			text: guidancePage(input),
			collection: 'docs',
			pathInBase: `guidance/${input.slug}.mdx`,
		};
	},
	whitepaper: (input, root) => {
		const file = `content/whitepapers/${input.slug}/index.mdx`;
		const folders = filesIn(root, 'content/whitepapers', '*/index.mdx').map((path) =>
			path.split('/')[0]?.toLowerCase()
		);
		if (folders.includes(input.slug)) throw duplicate(file);
		const shortNames = filesIn(root, 'content/whitepapers', '*/index.mdx').map(
			(path) => frontmatterOf(join(root, 'content/whitepapers', path))?.['shortName']
		);
		if (shortNames.includes(input.slug))
			throw new ScaffoldRefusal(
				`Another whitepaper already has the short link /wp/${input.slug}; pass --slug with another name.`
			);
		return {
			file,
			text: whitepaper(input),
			collection: 'whitepapers',
			pathInBase: `${input.slug}/index.mdx`,
		};
	},
	proposal: (input, root) => {
		const file = `src/content/docs/proposals/${input.slug}.mdx`;
		if (
			filesIn(root, 'src/content/docs/proposals', '*.{md,mdx}').some(
				(path) => entryIdOf(path) === input.slug
			)
		)
			throw duplicate(file);
		return {
			file,
			text: proposal(input),
			collection: 'docs',
			pathInBase: `proposals/${input.slug}.mdx`,
		};
	},
	landscape: (input, root) => {
		const file = `content/landscape/${input.slug}.yaml`;
		if (filesIn(root, 'content/landscape', '*.yaml').some((path) => entryIdOf(path) === input.slug))
			throw duplicate(file);
		return {
			file,
			text: landscapeEntry(input),
			collection: 'landscape',
			pathInBase: `${input.slug}.yaml`,
		};
	},
	update: (input, root) => {
		const name = `${input.today}-${input.slug}`;
		const file = `src/content/docs/updates/${name}.mdx`;
		const same = filesIn(root, 'src/content/docs/updates', '*.{md,mdx}').find(
			(path) => entryIdOf(path).replace(/^\d{4}-\d{2}-\d{2}-/, '') === input.slug
		);
		if (same) throw duplicate(`src/content/docs/updates/${same}`);
		return { file, text: updatePage(input), collection: 'docs', pathInBase: `updates/${name}.mdx` };
	},
	glossary: (input, root) => {
		const file = 'content/glossary.yaml';
		const current = readFileSync(join(root, file), 'utf8');
		const terms =
			(new YamlSource(current).data as { terms?: { term?: string; slug?: string }[] } | undefined)
				?.terms ?? [];
		const same = terms.find(
			(term) => term.slug === input.slug || term.term?.toLowerCase() === input.title.toLowerCase()
		);
		if (same)
			throw new ScaffoldRefusal(
				`The glossary already has "${same.term}" (slug ${same.slug}) in ${file}; improve that entry instead.`
			);
		return {
			file,
			text: `${current.replace(/\n*$/, '\n')}${glossaryTerm(input)}`,
			collection: 'glossary',
			pathInBase: 'glossary.yaml',
		};
	},
};

function duplicate(file: string): ScaffoldRefusal {
	return new ScaffoldRefusal(
		`${file} already exists: edit it, or choose another title (or --slug).`
	);
}

/** The new text must pass its schema, so a contributor starts from a file `npm run check` accepts. */
function refuseInvalid(plan: Plan, root: string): void {
	const collection = contentCollections.find((spec) => spec.name === plan.collection);
	if (!collection) throw new Error(`no collection ${plan.collection}`);
	const read = readSourceFile(collection.format, plan.text, {
		file: plan.file,
		pathInBase: plan.pathInBase,
		collection: collection.name,
	});
	const problems = 'problem' in read ? [read.problem] : checkFile(collection, read).problems;
	if (problems.length > 0) {
		throw new ScaffoldRefusal(
			`The title does not fit ${plan.file} (${root}):\n${formatReport(problems)}`
		);
	}
}

function filesIn(root: string, folder: string, pattern: string): string[] {
	const base = join(root, folder);
	return existsSync(base)
		? globSync(pattern, { cwd: base }).map((path) => path.split('\\').join('/'))
		: [];
}

function frontmatterOf(path: string): Record<string, unknown> | undefined {
	const frontmatter = splitFrontmatter(readFileSync(path, 'utf8'));
	return frontmatter
		? (new YamlSource(frontmatter.yaml).data as Record<string, unknown>)
		: undefined;
}
