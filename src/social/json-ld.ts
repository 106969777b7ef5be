/**
 * schema.org descriptions of pages for search engines, as JSON-LD. Builders take plain values, so what each page
 * type claims is testable without rendering; `serializeJsonLd` makes the result safe inside a <script> element.
 */
type JsonLd = Record<string, unknown>;

export interface WebSiteInput {
	name: string;
	url: string;
	description: string;
}

export function webSiteJsonLd({ name, url, description }: WebSiteInput): JsonLd {
	return { '@context': 'https://schema.org', '@type': 'WebSite', name, url, description };
}

export interface ArticleInput {
	headline: string;
	description: string;
	url: string;
	image: string;
	publisher: string;
}

/** A guidance page: reviewed on `dateModified`, about one focus area of the charter. */
export function techArticleJsonLd(
	article: ArticleInput & { dateModified: string; about: string; keywords: readonly string[] }
): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: article.headline,
		description: article.description,
		url: article.url,
		mainEntityOfPage: article.url,
		image: article.image,
		dateModified: article.dateModified,
		about: { '@type': 'Thing', name: article.about },
		keywords: article.keywords.join(', '),
		publisher: { '@type': 'Organization', name: article.publisher },
	};
}

/** A whitepaper: versioned, with its authors, first publication and licence. */
export function scholarlyArticleJsonLd(
	article: ArticleInput & {
		version: string;
		datePublished: string;
		dateModified: string;
		authors: readonly { name: string; affiliation?: string | undefined }[];
		license: string;
		keywords: readonly string[];
	}
): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'ScholarlyArticle',
		headline: article.headline,
		abstract: article.description,
		url: article.url,
		mainEntityOfPage: article.url,
		image: article.image,
		version: article.version,
		datePublished: article.datePublished,
		dateModified: article.dateModified,
		author: article.authors.map((author) => ({
			'@type': 'Person',
			name: author.name,
			...(author.affiliation
				? { affiliation: { '@type': 'Organization', name: author.affiliation } }
				: {}),
		})),
		license: licenseUrl(article.license),
		keywords: article.keywords.join(', '),
		publisher: { '@type': 'Organization', name: article.publisher },
	};
}

/** SPDX ids the site uses, as the URLs schema.org expects; anything else is passed through as written. */
function licenseUrl(license: string): string {
	return license === 'CC-BY-4.0' ? 'https://creativecommons.org/licenses/by/4.0/' : license;
}

/**
 * JSON for a <script type="application/ld+json"> element. HTML ends the element at the first `</script` whatever
 * JSON quoting says, and `<!--` changes how it is parsed, so every `<` is written as the JSON escape \u003c: the
 * data stays the same for a JSON parser and no text can break out of the element.
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
