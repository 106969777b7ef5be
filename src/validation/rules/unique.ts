import type { Problem } from '#src/content-source/model.ts';
import type { ContentFile } from '#src/content-source/model.ts';

/** Reports every file whose value of `field` an earlier file already uses (e.g. a whitepaper's shortName). */
export function uniqueAcrossFiles<Data>(field: keyof Data & string, why: string) {
	return (files: readonly ContentFile<Data>[]): Problem[] => {
		const firstUse = new Map<unknown, string>();
		return files.flatMap((content) => {
			const value = content.data?.[field];
			if (value === undefined) return [];
			const earlier = firstUse.get(value);
			if (!earlier) {
				firstUse.set(value, content.file);
				return [];
			}
			return [
				{
					file: content.file,
					...content.source.locate([field]),
					field,
					expected: `a ${field} no other file uses (${why})`,
					found: `"${String(value)}", already used by ${earlier}`,
				},
			];
		});
	};
}
