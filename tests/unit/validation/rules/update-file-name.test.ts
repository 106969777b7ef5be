import { describe, expect, it } from 'vitest';
import { contentCollections } from '#src/collections.ts';
import { formatProblem } from '#src/validation/report.ts';
import { validateContent } from '#src/validation/validate.ts';

const updates = contentCollections.filter((collection) => collection.name === 'updates');

describe('update file names', () => {
	it('requires <date>-<slug>.md with the date of the frontmatter', () => {
		const root = 'tests/fixtures/check/update-names';
		const problems = validateContent({ root, collections: updates }).map(formatProblem);
		expect(problems).toEqual([
			'content/updates/2026-05-01-wrong-date.md:3:7  date  expected the date in the file name (2026-05-01)  found 2026-05-02\n    hint: Rename the file or correct the date, so both say the same day.',
			'content/updates/Example_Release.md:1:1  (file name)  expected a name like 2026-04-30-containerd-2-3-lts.md (date, then lowercase words joined by dashes)  found Example_Release.md',
		]);
	});
});
