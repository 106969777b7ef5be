/**
 * `npm run check:sources`: reads every page a fact's evidence quotes (each address once) and lists every fact
 * whose quote no longer appears there, as `file:line:column  field  url  why`. It needs the network; the weekly
 * workflow (.github/workflows/sources.yml) runs it. A source changing is news for the maintainers, not an error
 * in anyone's pull request, so it exits 0 whatever it finds; `--strict` exits 1 when a quote is missing.
 *
 * --root DIR          read another tree (default: this one)
 * --format markdown   a Markdown report for the weekly issue (default: text)
 * --recorded DIR      read pages recorded in DIR (see src/links/page-readers.ts) instead of the network
 * --strict            exit 1 when any quote is missing
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evidencedFacts } from '#src/links/evidenced-facts.ts';
import { userAgent } from '#src/links/http.ts';
import { networkReader, recordedReader } from '#src/links/page-readers.ts';
import { checkSources } from '#src/links/source-check.ts';
import { sourceReport } from '#src/links/source-report.ts';
import { reportFormats } from '#src/review/report-tables.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '.' },
		format: { type: 'string', default: 'text' },
		recorded: { type: 'string' },
		strict: { type: 'boolean', default: false },
	},
});
const format = reportFormats.find((known) => known === values.format);
if (!format) {
	console.error(`--format must be one of ${reportFormats.join(', ')}, not "${values.format}"`);
	process.exit(2);
}

/** Few enough at once that no documentation host sees a burst; the weekly run has time to spare. */
const concurrency = 6;
const readPage = values.recorded
	? recordedReader(resolve(values.recorded))
	: networkReader({
			userAgent: userAgent('source-check'),
			timeoutMs: 30_000,
			retryAfterMs: 10_000,
		});

const facts = evidencedFacts(resolve(values.root));
const check = await checkSources(facts, readPage, concurrency);
console.log(sourceReport(check, format));
if (values.strict && check.missing.length > 0) process.exitCode = 1;
