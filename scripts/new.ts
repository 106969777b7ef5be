/**
 * `npm run new -- <kind> "<title>"`: creates the file for a new piece of content with valid frontmatter and the
 * sections its kind requires, and refuses to overwrite or duplicate existing content.
 * Options: `--slug NAME` for the file name (default: from the title), `--root DIR` to write into another tree.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reviewToday } from '#src/review/today.ts';
import { isKind, kinds, scaffold, ScaffoldRefusal } from '#src/scaffold/scaffold.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { root: { type: 'string', default: '.' }, slug: { type: 'string' } },
});
const [kind, title] = positionals;
const usage = [
	'Usage: npm run new -- <kind> "<title>" [--slug name]',
	'',
	'Kinds:',
	...Object.entries(kinds).map(([name, what]) => `  ${name.padEnd(11)} ${what}`),
].join('\n');

if (!kind || !title || !isKind(kind) || positionals.length > 2) {
	console.error(kind && !isKind(kind) ? `Unknown kind "${kind}".\n\n${usage}` : usage);
	process.exitCode = 2;
} else {
	try {
		const { file } = scaffold({
			kind,
			title,
			root: resolve(values.root),
			today: reviewToday(),
			...(values.slug ? { slug: values.slug } : {}),
		});
		console.log(
			`Created ${file}.\nReplace every TODO (and any example.invalid URL) with your own words and sources, then run npm run check and npm run dev to preview. CONTRIBUTING.md says what each field means.`
		);
	} catch (error) {
		if (!(error instanceof ScaffoldRefusal)) throw error;
		console.error(`Nothing created. ${error.message}`);
		process.exitCode = 1;
	}
}
