import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	realpathSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinds, type Kind } from '#src/scaffold/scaffold.ts';
import { docsRoute } from '#src/validation/content-routes.ts';

/**
 * `npm run new` is tested in a copy of the repository, never in the real content. The copy lives under .tmp/
 * in the repository: Astro resolves packages by their real path and mistakes a node_modules that shares no
 * folder with the project root for a project file.
 */
let copy: string;
// The copy holds the real content, whose review dates may be as late as the day the tests run.
const today = new Date().toISOString().slice(0, 10);
const newArea = 'test-area';
const titles: Record<Kind, string> = {
	guidance: 'Test area',
	whitepaper: 'How container operating systems sign their images',
	proposal: 'A common format for node images',
	landscape: 'Example Container OS',
	update: 'Working group meeting moved',
	glossary: 'Image signature',
};

function run(script: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [script, ...args], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, REVIEW_TODAY: today, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const created = (output: string) => /^Created (\S+)\.$/m.exec(output)?.[1];

beforeAll(() => {
	mkdirSync('.tmp', { recursive: true });
	copy = mkdtempSync(join(realpathSync('.tmp'), 'scaffold-'));
	for (const entry of [
		'src',
		'scripts',
		'content',
		'public',
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
	])
		cpSync(entry, join(copy, entry), { recursive: true });
	symlinkSync(realpathSync('node_modules'), join(copy, 'node_modules'));
	// Every focus area has its page, so the copy's charter gains one area for the new guidance page to serve.
	const areaList = join(copy, 'src/schemas/areas.ts');
	writeFileSync(
		areaList,
		readFileSync(areaList, 'utf8').replace(
			"\tmetrics: 'Metrics',",
			`\tmetrics: 'Metrics',\n\t'${newArea}': '${titles.guidance}',`
		)
	);
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run new', () => {
	const files = new Map<Kind, string>();

	it.each(Object.keys(kinds) as Kind[])('creates content of kind %s', (kind) => {
		const { status, output } = run('scripts/new.ts', kind, titles[kind]);
		expect(output).toContain('Created ');
		expect(status).toBe(0);
		files.set(kind, created(output) ?? '');
	});

	it('creates files that pass npm run check and build into pages', () => {
		const check = run('scripts/check.ts');
		expect(check.output).toContain('No problems found.');
		const build = run('node_modules/astro/bin/astro.mjs', 'build');
		expect(build.status, build.output).toBe(0);
		for (const kind of ['guidance', 'proposal', 'update'] as const) {
			const page = docsRoute((files.get(kind) ?? '').replace('src/content/docs/', ''));
			expect(readFileSync(join(copy, 'dist', page, 'index.html'), 'utf8')).toContain(titles[kind]);
		}
		expect(readFileSync(join(copy, 'dist/glossary/index.html'), 'utf8')).toContain(titles.glossary);
		expect(
			readFileSync(join(copy, 'dist/landscape/example-container-os/index.html'), 'utf8')
		).toContain(titles.landscape);
	}, 240_000);

	it.each(Object.keys(kinds) as Kind[])(
		'refuses a second %s of the same title and leaves the first untouched',
		(kind) => {
			const file = join(copy, files.get(kind) ?? '');
			const before = readFileSync(file, 'utf8');
			const { status, output } = run('scripts/new.ts', kind, titles[kind]);
			expect(output).toMatch(/^Nothing created\. .*(already|Another)/m);
			expect(status).toBe(1);
			expect(readFileSync(file, 'utf8')).toBe(before);
		}
	);

	it('refuses a guidance page for a topic that is not a focus area, and says what to do', () => {
		const { status, output } = run('scripts/new.ts', 'guidance', 'Something else');
		expect(output).toContain('is not an area without a page');
		expect(output).toContain('New guidance');
		expect(status).toBe(1);
	});

	it('explains its usage for an unknown kind', () => {
		const { status, output } = run('scripts/new.ts', 'blog', 'A title');
		expect(output).toContain('Unknown kind "blog"');
		for (const kind of Object.keys(kinds)) expect(output).toContain(kind);
		expect(status).toBe(2);
	});
});
