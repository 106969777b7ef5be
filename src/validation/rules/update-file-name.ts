import type { Problem } from '#src/content-source/model.ts';
import type { ContentFile } from '#src/content-source/model.ts';
import type { Update } from '#src/schemas/update.ts';

const fileNamePattern = /^(\d{4}-\d{2}-\d{2})-[a-z\d]+(?:-[a-z\d]+)*\.md$/;

/**
 * An update's file is named <date>-<slug>.md with the date of its frontmatter, so the folder lists in date order
 * and the id (the file name) that anchors and feed links use never disagrees with the date shown.
 */
export function checkUpdateFileName(content: ContentFile<Update>): Problem[] {
	const match = fileNamePattern.exec(content.pathInBase);
	if (!match) {
		return [
			{
				file: content.file,
				line: 1,
				column: 1,
				field: '(file name)',
				expected:
					'a name like 2026-04-30-containerd-2-3-lts.md (date, then lowercase words joined by dashes)',
				found: content.pathInBase,
			},
		];
	}
	const date = content.data?.date;
	if (date === undefined || date === match[1]) return [];
	return [
		{
			file: content.file,
			...content.source.locate(['date']),
			field: 'date',
			expected: `the date in the file name (${match[1]})`,
			found: date,
			hint: 'Rename the file or correct the date, so both say the same day.',
		},
	];
}
