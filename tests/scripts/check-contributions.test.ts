import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = 'tests/fixtures/check/broken-contributions';
const docs = `${root}/src/content/docs`;
/** The day the fixture's review dates are measured against. */
const today = '2026-11-27';

/** The line of a fixture file that holds `marker`, so expectations follow the fixture when it is edited. */
function lineOf(file: string, marker: string): number {
	const index = readFileSync(file, 'utf8')
		.split('\n')
		.findIndex((line) => line.includes(marker));
	if (index < 0) throw new Error(`${marker} is not in ${file}`);
	return index + 1;
}

/** Each broken contribution: the file, the text on the reported line, the field, what the report and its hint say. */
const contributions: {
	name: string;
	file: string;
	marker: string;
	field: string;
	says: string;
	hint?: string;
}[] = [
	{
		name: 'bad frontmatter',
		file: `${docs}/bad-frontmatter.mdx`,
		marker: 'status: stable',
		field: 'status',
		says: 'found "stable"',
	},
	{
		name: 'broken internal link',
		file: `${docs}/broken-link.mdx`,
		marker: '../no-such-page/',
		field: '(link)',
		says: 'which no page has',
	},
	{
		name: 'broken anchor',
		file: `${docs}/broken-anchor.mdx`,
		marker: '#install-agent',
		field: '(link)',
		says: 'found #install-agent',
		hint: 'Did you mean #install-the-agent?',
	},
	{
		name: 'import from outside src/components/content/',
		file: `${docs}/outside-import.mdx`,
		marker: 'import Secret',
		field: '(import)',
		says: 'found import from "../../lib/secret.ts"',
	},
	{
		name: 'raw script tag',
		file: `${docs}/script-tag.mdx`,
		marker: '<script',
		field: '(element)',
		says: 'found <script>',
	},
	{
		name: 'inline event handler',
		file: `${docs}/event-handler.mdx`,
		marker: 'onClick',
		field: '(attribute)',
		says: 'found onClick=',
	},
	{
		name: 'http link',
		file: `${docs}/http-link.mdx`,
		marker: 'http://example.org',
		field: '(link)',
		says: 'expected an https:// link',
	},
	{
		name: 'image without alt',
		file: `${docs}/image-without-alt.mdx`,
		marker: '![](',
		field: '(image)',
		says: 'found no alt text',
	},
	{
		name: 'future review date',
		file: `${docs}/future-review.mdx`,
		marker: 'lastReviewed:',
		field: 'lastReviewed',
		says: `expected a date on or before today (${today})`,
	},
	{
		name: 'second h1',
		file: `${docs}/heading-levels.mdx`,
		marker: '# A second title',
		field: '(heading)',
		says: 'expected one h1 per page',
	},
	{
		name: 'skipped heading level',
		file: `${docs}/heading-levels.mdx`,
		marker: '#### Skipped',
		field: '(heading)',
		says: 'found #### after ##',
	},
	{
		name: 'duplicate slug (x.md beside x.mdx)',
		file: `${docs}/duplicate.mdx`,
		marker: '---',
		field: '(file)',
		says: `also the address of ${docs}/duplicate.md`,
	},
	{
		name: 'duplicate landscape id by case',
		file: `${root}/content/landscape/example-os.yaml`,
		marker: 'name:',
		field: '(file)',
		says: `also the address of ${root}/content/landscape/Example-OS.yaml`,
	},
];

describe('npm run check on a set of broken contributions', () => {
	const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], {
		encoding: 'utf8',
		env: { ...process.env, REVIEW_TODAY: today },
	});
	const lines = `${result.stdout}${result.stderr}`.split('\n');

	it.each(contributions)(
		'reports the $name with file:line, field and a hint',
		({ file, marker, field, says, hint }) => {
			const at = `${file}:${lineOf(file, marker)}:`;
			const index = lines.findIndex(
				(line) => line.startsWith(at) && line.includes(`  ${field}  `) && line.includes(says)
			);
			expect(index, `no line starting ${at} with ${field} and "${says}"`).toBeGreaterThanOrEqual(0);
			expect(lines[index + 1]).toMatch(/^ {4}hint: \S/);
			if (hint) expect(lines[index + 1]).toContain(hint);
		}
	);

	it('lists all of them in one run, nothing else, and fails', () => {
		const files = new Set(contributions.map((contribution) => contribution.file)).size;
		expect(lines).toContain(`${contributions.length} problems in ${files} files.`);
		expect(result.status).toBe(1);
	});
});
