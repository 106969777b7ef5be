import { describe, expect, it } from 'vitest';
import { contentCollections } from '#src/collections.ts';
import { formatProblem } from '#src/validation/report.ts';
import { checkReleaseReferences } from '#src/validation/rules/releases.ts';
import { validateContent } from '#src/validation/validate.ts';

const root = 'tests/fixtures/check/broken-releases';
const problems = () =>
	validateContent({
		root,
		displayFrom: root,
		// Only the files' schemas and this rule: the fixture's sources carry no evidence, which other rules ask for.
		collections: contentCollections
			.filter((collection) => ['landscape', 'lifecycles', 'releases'].includes(collection.name))
			.map(
				({ fileRules: _fileRules, collectionRules: _collectionRules, ...collection }) => collection
			),
		siteRules: [checkReleaseReferences],
	}).map(({ hint: _hint, ...problem }) => formatProblem(problem));

describe('releases files against the landscape and lifecycle files', () => {
	it('name a landscape entry, Kubernetes platforms and lines that exist, and cover every OS with a lifecycle', () => {
		expect(problems()).toEqual([
			'content/releases/example-os.yaml:5:15  platforms.1.platform  expected the id of a Kubernetes or managed-service lifecycle file (kube)  found "example-os"',
			'content/releases/example-os.yaml:14:11  streams.1.line  expected the id of a line in content/lifecycles/example-os.yaml  found "S2"',
			'content/releases/unlisted-os.yaml:1:1  (file)  expected a file named after a landscape entry (content/landscape/unlisted-os.yaml)  found no landscape entry unlisted-os',
			'content/releases/unlisted-os.yaml:8:11  streams.0.line  expected a line of content/lifecycles/unlisted-os.yaml, which does not exist  found "S1"',
			'content/lifecycles/other-os.yaml:2:7  kind  expected a content/releases/other-os.yaml saying where this OS runs and how it gets its runtime  found no releases file',
		]);
	});
});
