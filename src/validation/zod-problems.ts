import type { z } from 'astro/zod';
import type { Problem } from '#src/content-source/model.ts';
import type { YamlSource } from '#src/content-source/yaml-source.ts';
import { closest } from './did-you-mean.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Validates YAML data against a schema and returns every problem, each located in the file. */
export function validateYaml(schema: z.ZodType, source: YamlSource, file: string): Problem[] {
	const syntax = source.errors.map((error) => ({
		file,
		...error,
		field: '(file)',
		expected: 'valid YAML',
		found: error.message,
		hint: 'Check indentation and quoting around the position shown.',
	}));
	if (syntax.length > 0) return syntax;
	const result = schema.safeParse(source.data, { reportInput: true });
	if (result.success) return [];
	return result.error.issues.flatMap((issue) =>
		issueToProblems(issue as Issue, schema, source, file)
	);
}

function issueToProblems(
	issue: Issue,
	schema: z.ZodType,
	source: YamlSource,
	file: string
): Problem[] {
	if (issue.code === 'unrecognized_keys') {
		const known = knownKeysAt(schema, issue.path);
		return issue.keys.map((key) => {
			const path = [...issue.path, key];
			const suggestion = closest(key, known);
			return {
				file,
				...source.locate(path, true),
				field: fieldName(path),
				expected:
					known.length > 0 ? `one of the known fields (${known.join(', ')})` : 'no such field',
				found: `unknown field "${key}"`,
				hint: suggestion
					? `Did you mean "${suggestion}"?`
					: 'Remove the field or check its spelling.',
			};
		});
	}
	return [
		{
			file,
			...source.locate(issue.path),
			field: fieldName(issue.path),
			expected: expectedText(issue),
			found:
				issue.code === 'too_big' || issue.code === 'too_small'
					? describeSize(issue.input)
					: describeValue(issue.input),
			hint: hintFor(issue),
		},
	];
}

/** What to do about a schema problem, by kind; CONTRIBUTING.md describes every field of every kind of content. */
function hintFor(issue: Issue): string {
	if (issue.input === undefined)
		return 'Add the field; CONTRIBUTING.md lists the fields each kind of content needs.';
	switch (issue.code) {
		case 'invalid_value':
			return 'Use one of the values listed, spelt exactly as shown.';
		case 'too_small':
		case 'too_big':
			return 'Shorten or lengthen the value to fit the limit shown.';
		case 'invalid_type':
			return 'Write the value in the form shown; quote text that YAML would read as a number or a date.';
		default:
			return 'Correct the value as the expected text says; CONTRIBUTING.md explains each field.';
	}
}

function expectedText(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type': {
			const what = issue.message.startsWith('Invalid input')
				? `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`
				: stripExpected(issue.message);
			return issue.input === undefined ? `${what} (the field is required)` : what;
		}
		case 'invalid_union': {
			if (issue.input === undefined) return 'a value (the field is required)';
			const branches = issue.errors.map((branch) =>
				branch[0] ? expectedText(branch[0] as Issue) : undefined
			);
			return [...new Set(branches.filter((text): text is string => Boolean(text)))].join(' or ');
		}
		case 'invalid_value':
			return `one of ${issue.values.map((value) => JSON.stringify(value)).join(' | ')}`;
		case 'too_small':
		case 'too_big': {
			const bound =
				issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
			const unit =
				issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
			return issue.message.startsWith('Too ')
				? `${bound} ${unit}`.trim()
				: stripExpected(issue.message);
		}
		default:
			return stripExpected(issue.message);
	}
}

function stripExpected(message: string): string {
	return message.replace(/^Invalid input:\s*/i, '').replace(/^expected\s+/i, '');
}

function describeSize(value: unknown): string {
	if (typeof value === 'string') return `${value.length} characters`;
	if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
	return describeValue(value);
}

export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value))
		return `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') {
		return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	}
	return `${typeof value} ${String(value)}`;
}

function fieldName(path: readonly PropertyKey[]): string {
	return path.length === 0 ? '(file)' : path.map(String).join('.');
}

/** The keys a strict object accepts at `path`, unwrapping optionals, defaults and arrays on the way. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: unknown = schema;
	for (const segment of [...path, null]) {
		current = unwrap(current);
		if (segment === null) break;
		const def = defOf(current);
		if (def?.type === 'object' && def.shape) current = def.shape[String(segment)];
		else if (def?.type === 'array') current = def.element;
		else return [];
	}
	const def = defOf(current);
	if (def?.type === 'object' && def.shape) return Object.keys(def.shape).sort();
	const keyDef = def?.type === 'record' ? defOf(def.keyType) : undefined;
	return keyDef?.entries ? Object.keys(keyDef.entries) : [];
}

interface LooseDef {
	type?: string;
	shape?: Record<string, unknown>;
	element?: unknown;
	innerType?: unknown;
	in?: unknown;
	keyType?: unknown;
	entries?: Record<string, unknown>;
}

function defOf(schema: unknown): LooseDef | undefined {
	return (schema as { _zod?: { def?: LooseDef } } | undefined)?._zod?.def;
}

function unwrap(schema: unknown): unknown {
	let current = schema;
	for (
		let def = defOf(current);
		def && (def.innerType || def.type === 'pipe');
		def = defOf(current)
	) {
		current = def.innerType ?? def.in;
	}
	return current;
}
