/** Citations in one style (Vancouver-like, as the paper's journal uses), for pages and handouts. */
import type { SourceData } from '../schemas/source';

export interface CitationParts {
	authors: string;
	year: string;
	title: string;
	where: string;
	doi?: string;
	url?: string;
}

export function citationParts(source: SourceData): CitationParts {
	const volume = source.volume ? `${source.volume}${source.issue ? `(${source.issue})` : ''}` : '';
	const pages = source.pages ? `${volume ? ':' : ''}${source.pages}` : '';
	return {
		authors: source.authors.join(', '),
		year: source.year ? String(source.year) : 'n.d.',
		title: source.title,
		where: [source.publishedIn, `${volume}${pages}`].filter(Boolean).join(' '),
		doi: source.doi,
		url: source.doi ? `https://doi.org/${source.doi}` : source.url,
	};
}

/** The whole citation as one line of plain text (for copying and for print). */
export function citationText(source: SourceData): string {
	const p = citationParts(source);
	const title = /[.?!]$/.test(p.title) ? p.title : `${p.title}.`;
	const tail = p.doi ? ` doi:${p.doi}` : p.url ? ` ${p.url}` : source.isbn ? ` ISBN ${source.isbn}` : '';
	return `${p.authors} (${p.year}). ${title} ${p.where}.${tail}`;
}

/**
 * A page's citations with each source once, in the order first cited, and the parts of it cited
 * (a page may cite the paper for two sections): readers see one citation, not the same one twice.
 */
export function citedOnce(citations: readonly { source: string; locator?: string }[]): { source: string; locators: string[] }[] {
	const bySource = new Map<string, string[]>();
	for (const { source, locator } of citations) {
		const locators = bySource.get(source) ?? [];
		if (locator && !locators.includes(locator)) locators.push(locator);
		bySource.set(source, locators);
	}
	return [...bySource].map(([source, locators]) => ({ source, locators }));
}
