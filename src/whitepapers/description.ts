/**
 * A paper's abstract cut to a meta description: search engines and link previews cut longer texts mid-word,
 * so it ends at the last whole sentence (or word) that fits, and says when it was cut.
 */
export function shortDescription(text: string, maxLength = 160): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= maxLength) return clean;
	const room = clean.slice(0, maxLength - 1);
	const sentenceEnd = room.lastIndexOf('. ');
	if (sentenceEnd >= maxLength / 2) return room.slice(0, sentenceEnd + 1);
	return `${room.slice(0, room.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}
