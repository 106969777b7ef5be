import { describe, expect, it } from 'vitest';
import { decodeUtf8, readSourceFile } from '#src/content-source/read-site.ts';

const where = { file: 'content/example.yaml', pathInBase: 'example.yaml', collection: 'landscape' };
const problemOf = (result: ReturnType<typeof readSourceFile>) =>
	'problem' in result ? result.problem : undefined;

describe('reading a content file, whatever its bytes', () => {
	it('drops a byte-order mark and reads CRLF line ends as their editors intend', () => {
		const page = '\uFEFF---\r\ntitle: Saved on Windows\r\n---\r\nBody text.\r\n';
		const read = readSourceFile('frontmatter', page, { ...where, collection: 'updates' });
		expect(problemOf(read)).toBeUndefined();
		expect('source' in read && read.source.data).toEqual({ title: 'Saved on Windows' });
		expect('body' in read && read.body?.line).toBe(4);
		const data = readSourceFile('yaml', '\uFEFFname: Example\r\nlts: "no"\r\n', where);
		expect('source' in data && data.source.data).toEqual({ name: 'Example', lts: 'no' });
	});

	it('reports aliases that expand without bound at the first alias, instead of exhausting memory', () => {
		const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
		for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
			const previous = index === 0 ? 'a' : (['b', 'c', 'd', 'e', 'f'][index - 1] as string);
			levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
		}
		expect(problemOf(readSourceFile('yaml', levels.join('\n'), where))).toMatchObject({
			line: 2,
			column: 8,
			field: '(yaml)',
			expected: 'YAML whose aliases (*name) expand to a reasonable size',
		});
	});

	it('says where a file stops being UTF-8, with the byte it found', () => {
		const latin1 = new Uint8Array([...Buffer.from('name: Example\nsteward: Caf'), 0xe9, 0x0a]);
		expect(decodeUtf8(latin1, 'content/example.yaml')).toMatchObject({
			line: 2,
			column: 13,
			field: '(file)',
			expected: 'text encoded as UTF-8',
			found: 'a byte that is not UTF-8 (0xe9)',
		});
		expect(decodeUtf8(Buffer.from('name: Café\n'), 'x')).toBe('name: Café\n');
	});

	it('reports a page without frontmatter, and reads an empty YAML file as no data', () => {
		expect(problemOf(readSourceFile('frontmatter', '', where))).toMatchObject({
			line: 1,
			field: '(frontmatter)',
		});
		const empty = readSourceFile('yaml', '', where);
		expect('source' in empty && empty.source.data).toBeNull();
	});
});
