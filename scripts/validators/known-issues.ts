/**
 * KNOWN-ISSUES.md is both the note a maintainer reads and the list the checks accept: under each of its `##`
 * sections, every line `- Matches: \`…\`` names one message a tool may print that the project cannot fix
 * (`*` in it stands for any text). A message that no such line matches fails the check.
 */
import { readFileSync } from 'node:fs';

/** The sections of KNOWN-ISSUES.md that checks read, by their heading. */
export const knownIssueSections = {
	buildWarnings: 'Build warnings',
	htmlErrors: 'HTML validator errors',
} as const;
export type KnownIssueSection = keyof typeof knownIssueSections;

/** One accepted message: the pattern as written, and the heading of the issue that explains it. */
export interface KnownMessage {
	pattern: string;
	issue: string;
	matches(message: string): boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function knownMessage(pattern: string, issue: string): KnownMessage {
	const expression = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 's');
	return { pattern, issue, matches: (message) => expression.test(message) };
}

/** The accepted messages of one section of a KNOWN-ISSUES.md text. */
export function knownMessages(markdown: string, section: KnownIssueSection): KnownMessage[] {
	const heading = `## ${knownIssueSections[section]}`;
	const found: KnownMessage[] = [];
	let inSection = false;
	let issue = '';
	for (const line of markdown.split(/\r?\n/)) {
		if (line.startsWith('## ')) inSection = line.trim() === heading;
		else if (line.startsWith('### ')) issue = line.slice(4).trim();
		else if (inSection) {
			// Inline code; a message that holds backticks is written between double ones (`` a `b` ``).
			const pattern = /^\s*[-*] Matches: (`+) ?(.+?) ?\1\s*$/.exec(line)?.[2];
			if (pattern) found.push(knownMessage(pattern, issue));
		}
	}
	return found;
}

export function readKnownMessages(section: KnownIssueSection, file = 'KNOWN-ISSUES.md') {
	return knownMessages(readFileSync(file, 'utf8'), section);
}

/** The messages no known issue accounts for, each once with how often it came. */
export function unknownMessages(
	messages: readonly string[],
	known: readonly KnownMessage[]
): { message: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const message of messages) {
		if (known.some((entry) => entry.matches(message))) continue;
		counts.set(message, (counts.get(message) ?? 0) + 1);
	}
	return [...counts].map(([message, count]) => ({ message, count }));
}
