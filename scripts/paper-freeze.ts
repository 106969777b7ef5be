/**
 * `npm run paper:freeze -- <slug>`: stores the data a paper version's figures, tables and computed dates use, as
 * content/whitepapers/<slug>/data/<version>.json, so that version's page and PDF never change when content/
 * moves on. Run it when a version is published (see CONTRIBUTING.md, "Whitepaper").
 * Options:
 *   --use <collection>[:id,id]  only these collections (lifecycles, landscape, releases), or only these entries;
 *                               repeatable; everything when left out
 *   --version <x.y.z>           the version to freeze (default: the version of <slug>/index.mdx)
 *   --from <commit>             read content/ at this commit (default: HEAD; uncommitted edits are never read)
 *   --as-of <YYYY-MM-DD>        the day the data stands for (default: today, or the --from commit's date)
 *   --note "<text>"             why this commit, stored with the snapshot
 *   --force                     replace an existing snapshot (a published version's data should not change)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitFrontmatter } from '#src/content-source/frontmatter.ts';
import { YamlSource } from '#src/content-source/yaml-source.ts';
import { reviewToday } from '#src/review/today.ts';
import { isRealCalendarDate } from '#src/schemas/common.ts';
import { paperDataSnapshotSchema } from '#src/schemas/paper-data.ts';
import { formatReport } from '#src/validation/report.ts';
import { validateYaml } from '#src/validation/zod-problems.ts';
import {
	FreezeRefusal,
	gitDataReader,
	parseUses,
	snapshotOf,
	snapshotText,
} from '#src/whitepapers/freeze.ts';
import { snapshotFile } from '#src/whitepapers/paper-data.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		use: { type: 'string', multiple: true, default: [] },
		version: { type: 'string' },
		from: { type: 'string' },
		'as-of': { type: 'string' },
		note: { type: 'string' },
		force: { type: 'boolean', default: false },
	},
});
const root = process.cwd();
const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

function freeze(): string {
	const [slug] = positionals;
	if (!slug || positionals.length > 1)
		throw new FreezeRefusal(
			'Usage: npm run paper:freeze -- <slug> [--use lifecycles[:id,id]] [--version x.y.z] [--from commit] [--as-of YYYY-MM-DD] [--note text] [--force]'
		);
	const paperFile = join(root, 'content/whitepapers', slug, 'index.mdx');
	if (!existsSync(paperFile)) throw new FreezeRefusal(`No paper at ${paperFile}.`);
	const version = values.version ?? versionOf(readFileSync(paperFile, 'utf8'));
	const commit = git('rev-parse', '--verify', `${values.from ?? 'HEAD'}^{commit}`);
	const asOf =
		values['as-of'] ?? (values.from ? git('show', '-s', '--format=%cs', commit) : reviewToday());
	if (!isRealCalendarDate(asOf)) throw new FreezeRefusal(`--as-of ${asOf}: expected YYYY-MM-DD.`);
	const file = snapshotFile(slug, version);
	if (existsSync(join(root, file)) && !values.force)
		throw new FreezeRefusal(
			`${file} exists: version ${version} is frozen. Publish a new version instead, or pass --force to correct the snapshot.`
		);
	const text = snapshotText(
		snapshotOf(gitDataReader(root, commit), parseUses(values.use), {
			asOf,
			commit,
			...(values.note ? { note: values.note } : {}),
		})
	);
	// The same check `npm run check` runs: a snapshot the site would reject is never written.
	const problems = validateYaml(paperDataSnapshotSchema, new YamlSource(text), file);
	if (problems.length > 0)
		throw new FreezeRefusal(
			`The data at ${commit.slice(0, 12)} does not pass today's schemas; nothing written.\n${formatReport(problems)}`
		);
	mkdirSync(dirname(join(root, file)), { recursive: true });
	writeFileSync(join(root, file), text);
	const dirty = values.from
		? ''
		: git(
				'status',
				'--porcelain',
				'--',
				'content/lifecycles',
				'content/landscape',
				'content/releases'
			);
	return [
		`Wrote ${file} (${Math.round(text.length / 1024)} KiB): data of commit ${commit.slice(0, 12)} as of ${asOf}.`,
		dirty &&
			'Uncommitted changes to content/ data are not in it: commit them and freeze again with --force.',
	]
		.filter(Boolean)
		.join('\n');
}

function versionOf(mdx: string): string {
	const version: unknown = new YamlSource(splitFrontmatter(mdx)?.yaml ?? '').data;
	if (version !== null && typeof version === 'object' && 'version' in version)
		return String(version.version);
	throw new FreezeRefusal('The paper has no version in its frontmatter; pass --version.');
}

try {
	console.log(freeze());
} catch (error) {
	if (!(error instanceof FreezeRefusal)) throw error;
	console.error(`Nothing frozen. ${error.message}`);
	process.exitCode = 1;
}
