import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
	type Node,
} from 'yaml';

/**
 * A YAML text parsed so that values stay as written (no timestamp conversion: YAML 1.2 core schema) and every
 * node keeps its position. `lineOffset` shifts positions when the YAML is frontmatter inside a larger file.
 */
export class YamlSource {
	readonly document: Document.Parsed;
	private readonly lines = new LineCounter();
	private readonly lineOffset: number;

	constructor(text: string, lineOffset = 0) {
		this.lineOffset = lineOffset;
		this.document = parseDocument(text, {
			lineCounter: this.lines,
			schema: 'core',
			uniqueKeys: true,
			prettyErrors: false,
		});
	}

	get data(): unknown {
		return this.document.toJS({ maxAliasCount: 100 });
	}

	/** Syntax errors, with positions. */
	get errors(): { line: number; column: number; message: string }[] {
		return this.document.errors.map((error) => ({
			...this.position(error.pos[0]),
			message: error.message.split('\n')[0] ?? error.message,
		}));
	}

	/**
	 * Where a field is: the value's node when it exists, else the closest existing ancestor (a missing
	 * field is reported at the mapping that should hold it). `asKey` points at the key instead (unknown keys).
	 */
	locate(path: readonly PropertyKey[], asKey = false): { line: number; column: number } {
		let node: unknown = this.document.contents;
		let offset = node && isNodeWithRange(node) ? node.range[0] : 0;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find(
					(item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)
				);
				if (!pair) break;
				const target = asKey && segment === path.at(-1) ? pair.key : pair.value;
				if (target && isNodeWithRange(target)) offset = target.range[0];
				node = pair.value;
			} else if (isSeq(node)) {
				const item = node.items[Number(segment)];
				if (!item) break;
				if (isNodeWithRange(item)) offset = item.range[0];
				node = item;
			} else {
				break;
			}
		}
		return this.position(offset);
	}

	private position(offset: number): { line: number; column: number } {
		const { line, col } = this.lines.linePos(offset);
		return { line: line + this.lineOffset, column: col };
	}
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
	return (
		typeof value === 'object' &&
		value !== null &&
		'range' in value &&
		Array.isArray((value as Node).range)
	);
}
