import { slug } from 'github-slugger';

/** How Astro's glob loader turns a file path into an entry id: github-slugger on each segment, no extension. */
export function entryIdOf(pathInBase: string): string {
	const segments = pathInBase.replace(/\.[^./]+$/, '').split('/');
	return segments
		.map((segment) => slug(segment))
		.join('/')
		.replace(/(^|\/)index$/, '');
}
