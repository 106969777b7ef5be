import type { ContentFile, Problem } from '#src/content-source/model.ts';
import { isDate } from '#src/lifecycle/dates.ts';
import { evidenceMaxWords, type FactSource } from '#src/schemas/common.ts';
import { valueMeaning } from '#src/landscape/fields.ts';
import { landscapeFieldNames } from '#src/schemas/landscape-fields.ts';
import { isFilled, type LandscapeEntry } from '#src/schemas/landscape.ts';
import type { Lifecycle } from '#src/schemas/lifecycle.ts';

/**
 * Every fact the site states from data carries its evidence: the source's own words and the day someone read
 * them there, so a reader can see why a cell says what it says and `npm run check:sources` can tell when the
 * source stops saying it. A contribution rule, not part of the schemas: tools that read the data (exports,
 * reports) still accept a bare URL.
 */
const hint = `Write the source as url, evidence (the source's own words that state it, at most ${evidenceMaxWords} words, copied exactly) and verified (the day you read them); CONTRIBUTING.md shows the form.`;

function missingEvidence(
	content: ContentFile,
	path: (string | number)[],
	source: FactSource | undefined,
	what: string
): Problem[] {
	if (!source || source.evidence) return [];
	return [
		{
			file: content.file,
			...content.source.locate(path),
			field: path.join('.'),
			expected: `the source of this ${what} with its evidence and the day it was read`,
			found: `only the url ${source.url}`,
			hint,
		},
	];
}

export function checkLandscapeEvidence(content: ContentFile<LandscapeEntry>): Problem[] {
	const { data } = content;
	if (!data) return [];
	return landscapeFieldNames.flatMap((field) =>
		// A value that states an absence (a project missing from a list) cannot be quoted; see ValueMeaning.
		isFilled(data[field]) && valueMeaning(field, data[field])?.unquotable === undefined
			? missingEvidence(content, ['sources', field], data.sources[field], 'value')
			: []
	);
}

export function checkLifecycleEvidence(content: ContentFile<Lifecycle>): Problem[] {
	const { data } = content;
	if (!data) return [];
	return data.lines.flatMap((line, index) =>
		(['released', 'standardEnd', 'extendedEnd'] as const).flatMap((field) =>
			isDate(line[field]) || line[field] === 'while-current'
				? missingEvidence(content, ['lines', index, 'sources', field], line.sources[field], 'date')
				: []
		)
	);
}
