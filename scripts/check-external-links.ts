/**
 * The weekly external-link check (.github/workflows/links.yml): requests every https address the content cites
 * and writes a Markdown report of those that fail to `--out` (default reports/external-links.md). It exits 0
 * either way; the workflow turns the report into one issue. Run it locally with `npm run check:links`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { externalLinks, type ExternalLink } from '#src/links/external-links.ts';
import { forEachConcurrently, requestError, userAgent } from '#src/links/http.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '.' },
		out: { type: 'string', default: 'reports/external-links.md' },
	},
});
const concurrency = 8;
const timeoutMs = 20_000;

/** The failure of one address, or undefined when it answers. Some servers refuse HEAD, so GET is tried next. */
async function failure(url: string): Promise<string | undefined> {
	let last = '';
	for (const method of ['HEAD', 'GET']) {
		try {
			const response = await fetch(url, {
				method,
				redirect: 'follow',
				signal: AbortSignal.timeout(timeoutMs),
				headers: { 'user-agent': userAgent('link-check') },
			});
			await response.body?.cancel();
			if (response.ok) return undefined;
			last = `HTTP ${response.status}`;
		} catch (error) {
			last = requestError(error);
		}
	}
	return last;
}

const links = externalLinks(resolve(values.root));
const broken: (ExternalLink & { reason: string })[] = [];
await forEachConcurrently(links, concurrency, async (link) => {
	const reason = await failure(link.url);
	if (reason) broken.push({ ...link, reason });
});
broken.sort((a, b) => a.url.localeCompare(b.url));

const report =
	broken.length === 0
		? `All ${links.length} external links answered.\n`
		: [
				`${broken.length} of ${links.length} external links did not answer on ${new Date().toISOString().slice(0, 10)}. Replace each with the page's current address, or another primary source; some sites refuse automated requests, so open each link before you change it.`,
				'',
				'| link | result | cited in |',
				'| --- | --- | --- |',
				...broken.map(
					(link) =>
						`| ${link.url} | ${link.reason.replaceAll('|', '/')} | ${link.usedAt.join('<br>')} |`
				),
				'',
			].join('\n');
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, report);
console.log(`${broken.length} of ${links.length} external links broken; report in ${values.out}`);
