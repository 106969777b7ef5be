import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { splitFrontmatter } from '#src/content-source/frontmatter.ts';
import { YamlSource } from '#src/content-source/yaml-source.ts';
import { landscapeSchema } from '#src/schemas/landscape.ts';
import { validateYaml } from '#src/validation/zod-problems.ts';

export const validFixture = (path: string) =>
	readFileSync(`tests/fixtures/check/valid/${path}`, 'utf8');

/** The valid fixture's landscape entry, parsed as the site parses it: the base most landscape tests vary. */
export const exampleLandscapeEntry = () =>
	landscapeSchema.parse(new YamlSource(validFixture('content/landscape/example-os.yaml')).data);

/** Problems of a YAML text (or a Markdown file's frontmatter) as `line field expected | found`. */
export function problemsOf(
	schema: z.ZodType,
	text: string,
	{ frontmatter = false } = {}
): string[] {
	const split = frontmatter ? splitFrontmatter(text) : undefined;
	const source = split ? new YamlSource(split.yaml, split.lineOffset) : new YamlSource(text);
	return validateYaml(schema, source, 'file.yaml').map(
		(problem) => `${problem.line} ${problem.field} ${problem.expected} | ${problem.found}`
	);
}

/** The text with one line replaced, failing loudly if the line is not there (so a fixture edit cannot pass vacuously). */
export function replaceLine(text: string, from: string, to: string): string {
	if (!text.includes(from)) throw new Error(`fixture has no line ${JSON.stringify(from)}`);
	return text.replace(from, to);
}

/** The line of a text that holds `marker`, so expectations follow the fixture when fields are added or moved. */
export function lineOf(text: string, marker: string): number {
	const index = text.split('\n').findIndex((line) => line.includes(marker));
	if (index < 0) throw new Error(`fixture has no line with ${JSON.stringify(marker)}`);
	return index + 1;
}
