import {
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
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

	/**
	 * The YAML as plain data. Aliases are expanded at most 100 times: a file whose aliases expand without bound
	 * (the "billion laughs") yields no data and an `unreadable` reason instead of exhausting memory.
	 */
	get data(): unknown {
		return this.converted.data;
	}

	/** Why the text has no data although it parsed, located at the first alias; undefined when it has. */
	get unreadable(): { line: number; column: number; message: string } | undefined {
		return this.converted.error;
	}

	private convertedOnce?: {
		data: unknown;
		error?: { line: number; column: number; message: string };
	};

	private get converted() {
		if (!this.convertedOnce) {
			try {
				this.convertedOnce = { data: this.document.toJS({ maxAliasCount: 100 }) };
			} catch (error) {
				let offset = 0;
				visit(this.document, {
					Alias: (_key, node) => {
						if (isAlias(node) && node.range) offset = node.range[0];
						return visit.BREAK;
					},
				});
				this.convertedOnce = {
					data: undefined,
					error: {
						...this.position(offset),
						message: error instanceof Error ? error.message : String(error),
					},
				};
			}
		}
		return this.convertedOnce;
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
