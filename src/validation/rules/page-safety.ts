import type { Html, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxjsEsm } from 'mdast-util-mdx';
import { dirname, posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { isExternal, linkTargets } from '#src/content-source/link-targets.ts';
import { bodyTree, lineInFile } from '#src/content-source/markdown.ts';
import type { Problem } from '#src/content-source/model.ts';
import type { ContentFile } from '#src/content-source/model.ts';

/**
 * Content is written by anyone who opens a pull request and ends up in every reader's browser, so a page may
 * only use what the project vetted: components from src/components/content/, no raw script, frame or style
 * elements, no event-handler attributes, no javascript: URLs (a strict CSP is coming and would break them
 * anyway), https for every external link, and alt text on every image.
 */
export const allowedComponentFolder = 'src/components/content/';
/**
 * A whitepaper may also import its own figures: they draw only from the data its version is given
 * (`props.paperData`), so a frozen version's figures cannot change.
 */
export const paperFigureFolder = 'src/components/whitepaper/figures/';
const forbiddenElements = new Set(['script', 'iframe', 'style']);
const eventHandler = /^on[a-z]/i;
const scriptUrl = /^\s*javascript:/i;

export function checkPageSafety(content: ContentFile): Problem[] {
	const parsed = bodyTree(content);
	if (!parsed || !content.body) return [];
	const body = content.body;
	const at = (line: number | undefined, column: number | undefined) => ({
		file: content.file,
		line: lineInFile(body, line),
		column: column ?? 1,
	});
	if ('error' in parsed) {
		return [
			{
				...at(parsed.error.line, parsed.error.column),
				field: '(body)',
				expected: 'Markdown that MDX can read',
				found: parsed.error.message,
				hint: 'In MDX, { } and < start code: write them inside `inline code`, or say "less than" in prose.',
			},
		];
	}
	return [
		...importProblems(parsed.tree, content, at),
		...elementProblems(parsed.tree, at),
		...urlProblems(parsed.tree, at),
	];
}

type Locate = (
	line: number | undefined,
	column: number | undefined
) => Pick<Problem, 'file' | 'line' | 'column'>;

function importProblems(tree: Root, content: ContentFile, at: Locate): Problem[] {
	const problems: Problem[] = [];
	const folder = dirname(content.file);
	const allowed =
		content.collection === 'whitepapers'
			? [allowedComponentFolder, paperFigureFolder]
			: [allowedComponentFolder];
	visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
		for (const statement of node.data?.estree?.body ?? []) {
			if (statement.type !== 'ImportDeclaration') continue;
			const from = String(statement.source.value);
			const resolved = from.startsWith('.') ? posix.normalize(posix.join(folder, from)) : from;
			if (allowed.some((allowedFolder) => inFolder(resolved, allowedFolder))) continue;
			problems.push({
				...at(
					statement.loc?.start.line ?? node.position?.start.line,
					(statement.loc?.start.column ?? 0) + 1
				),
				field: '(import)',
				expected: `an import from ${allowed.join(' or ')}`,
				found: `import from "${from}"`,
				hint: `Pages may use only the project's content components. Ask for a component in ${allowedComponentFolder} in your pull request, or write plain Markdown.`,
			});
		}
	});
	return problems;
}

/** Whether a resolved import path lies in an allowed folder, whatever the file's depth. */
function inFolder(resolved: string, allowedFolder: string): boolean {
	const index = resolved.indexOf(allowedFolder);
	return (
		index >= 0 &&
		(index === 0 || resolved[index - 1] === '/') &&
		!resolved.slice(index).includes('..')
	);
}

function elementProblems(tree: Root, at: Locate): Problem[] {
	const problems: Problem[] = [];
	visit(tree, (node) => {
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const element = node as MdxJsxFlowElement | MdxJsxTextElement;
			const where = at(element.position?.start.line, element.position?.start.column);
			const name = (element.name ?? '').toLowerCase();
			if (forbiddenElements.has(name)) problems.push(forbiddenElement(where, name));
			for (const attribute of element.attributes) {
				if (attribute.type === 'mdxJsxAttribute' && eventHandler.test(attribute.name))
					problems.push(handler(where, attribute.name));
			}
			if (
				name === 'img' &&
				!element.attributes.some(
					(attribute) =>
						attribute.type === 'mdxJsxAttribute' &&
						attribute.name === 'alt' &&
						typeof attribute.value === 'string' &&
						attribute.value.trim()
				)
			) {
				problems.push(missingAlt(where));
			}
		} else if (node.type === 'html') {
			// Plain .md files keep raw HTML as text; look inside it for the same things.
			const html = (node as Html).value;
			const where = at(node.position?.start.line, node.position?.start.column);
			for (const match of html.matchAll(/<\s*(script|iframe|style)\b/gi))
				problems.push(forbiddenElement(where, (match[1] ?? '').toLowerCase()));
			for (const match of html.matchAll(/\s(on[a-z]+)\s*=/gi))
				problems.push(handler(where, match[1] ?? ''));
			for (const match of html.matchAll(/\b(?:href|src)\s*=\s*["']?\s*(javascript:|http:)/gi)) {
				problems.push(
					match[1]?.toLowerCase() === 'http:'
						? plainHttp(where, 'a raw HTML attribute')
						: scriptLink(where, 'a raw HTML attribute')
				);
			}
			for (const match of html.matchAll(/<img\b[^>]*>/gi))
				if (!/\salt\s*=\s*["'][^"']+["']/i.test(match[0])) problems.push(missingAlt(where));
		} else if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
			problems.push(missingAlt(at(node.position?.start.line, node.position?.start.column)));
		}
	});
	return problems;
}

function urlProblems(tree: Root, at: Locate): Problem[] {
	return linkTargets(tree).flatMap((target) => {
		const where = at(target.line, target.column);
		if (scriptUrl.test(target.url)) return [scriptLink(where, target.where)];
		if (isExternal(target.url) && /^(http:|\/\/)/i.test(target.url.trim()))
			return [{ ...plainHttp(where, target.where), found: target.url }];
		return [];
	});
}

function forbiddenElement(where: Pick<Problem, 'file' | 'line' | 'column'>, name: string): Problem {
	return {
		...where,
		field: '(element)',
		expected: 'no raw <script>, <iframe> or <style>',
		found: `<${name}>`,
		hint: `Pages carry no code, frames or styles of their own. Link to the resource, or propose a component for ${allowedComponentFolder}.`,
	};
}

function handler(where: Pick<Problem, 'file' | 'line' | 'column'>, name: string): Problem {
	return {
		...where,
		field: '(attribute)',
		expected: 'no inline event handler',
		found: `${name}=`,
		hint: 'Remove the attribute: interactive behaviour belongs in a reviewed component, not in page text.',
	};
}

function scriptLink(where: Pick<Problem, 'file' | 'line' | 'column'>, what: string): Problem {
	return {
		...where,
		field: '(link)',
		expected: 'a link to a page, not a javascript: URL',
		found: `javascript: in ${what}`,
		hint: "Link to a real address; javascript: URLs run code and are blocked by the site's security policy.",
	};
}

function plainHttp(where: Pick<Problem, 'file' | 'line' | 'column'>, what: string): Problem {
	return {
		...where,
		field: '(link)',
		expected: 'an https:// link',
		found: `http in ${what}`,
		hint: 'Use the https:// address of the page; if the site has none, find another source that does.',
	};
}

function missingAlt(where: Pick<Problem, 'file' | 'line' | 'column'>): Problem {
	return {
		...where,
		field: '(image)',
		expected: 'an image with alt text',
		found: 'no alt text',
		hint: 'Describe what the image shows for readers who cannot see it: ![What it shows](path).',
	};
}
