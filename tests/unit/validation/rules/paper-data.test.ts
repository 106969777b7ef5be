import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCollections } from '#src/collections.ts';
import { formatProblem } from '#src/validation/report.ts';
import { checkPaperSnapshots } from '#src/validation/rules/paper-data.ts';
import { validateContent } from '#src/validation/validate.ts';

const frozenCopy = `---
title: A paper about long term support
abstract: >-
  ${'An abstract long enough for the schema, which asks for at least one hundred characters of text. '.repeat(2)}
status: draft
version: 0.1.0
published: 2026-11-27
updated: 2026-11-27
authors:
  - name: wg-sp-os website contributors
    entity: true
shortName: lts
history:
  - version: 0.1.0
    date: 2026-11-27
    summary: First draft.
---

## Executive summary

<SupportTimeline paperData={props.paperData} products={['kubernetes']} />
`;

/** A paper whose frozen 0.1.0 uses paperData but has no snapshot, and a snapshot named after no version. */
function fixture(): string {
	const root = mkdtempSync(join(tmpdir(), 'paper-snapshots-'));
	const paper = join(root, 'content/whitepapers/lts');
	mkdirSync(join(paper, 'versions'), { recursive: true });
	mkdirSync(join(paper, 'data'));
	writeFileSync(join(paper, 'versions/0.1.0.mdx'), frozenCopy);
	cpSync('content/whitepapers/lts/data/0.1.0.json', join(paper, 'data/0.1.1.json'));
	writeFileSync(join(paper, 'index.mdx'), '---\nversion: 0.2.0\n---\n');
	return root;
}

describe('paper data snapshots against paper versions', () => {
	it('reports a snapshot of no version and a frozen version without its snapshot', () => {
		const root = fixture();
		const problems = validateContent({
			root,
			displayFrom: root,
			collections: contentCollections
				.filter((collection) => ['whitepapers', 'paperData'].includes(collection.name))
				.map(
					({ fileRules: _fileRules, collectionRules: _collectionRules, ...collection }) =>
						collection
				),
			siteRules: [checkPaperSnapshots],
		})
			.filter((problem) => problem.field === '(file)')
			.map(({ hint: _hint, ...problem }) => formatProblem(problem));
		expect(problems).toEqual([
			'content/whitepapers/lts/data/0.1.1.json:1:1  (file)  expected the snapshot of a version of content/whitepapers/lts/ (0.1.0)  found no version 0.1.1',
			'content/whitepapers/lts/versions/0.1.0.mdx:1:1  (file)  expected its data snapshot content/whitepapers/lts/data/0.1.0.json  found no such file: this frozen version would draw its figures from live data',
		]);
	});
});
