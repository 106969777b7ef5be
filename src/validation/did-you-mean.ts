import { distance } from 'fastest-levenshtein';

/** The known name nearest to a misspelt one (a key, a path, an anchor), when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: { candidate: string; edits: number } | undefined;
	for (const candidate of candidates) {
		const edits = distance(word.toLowerCase(), candidate.toLowerCase());
		if (!best || edits < best.edits) best = { candidate, edits };
	}
	return best && best.edits <= Math.max(2, Math.floor(word.length / 3))
		? best.candidate
		: undefined;
}
