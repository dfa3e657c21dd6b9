/**
 * Where a claim comes from, in plain words for readers (the schema is src/schemas/basis.ts).
 * Pages show these labels beside list items and under a page's main text, on screen and on paper.
 */
import { claimLists, isPaperBasis, isSourceBasis, paperSections, type Basis } from '../schemas/basis';
import type { SourceData } from '../schemas/source';
import { t } from '../i18n';

export interface BasisWords {
	/** "From the research ({section})". */
	paper: (section: string) => string;
	/** "From {source}", with the source as author and year. */
	source: (source: string) => string;
	/** "Our suggestion, from common practice". */
	practice: string;
}

/** "Miller et al. (2024)", "Brown and Isaacs (2005)", "SCIE (2013)": short enough to sit beside a list item. */
export function shortCitation(source: Pick<SourceData, 'authors' | 'year'>): string {
	// People are written "Surname Initials"; anything else is an organisation, named whole.
	const name = (author: string) => author.match(/^(.+?) [A-Z]{1,3}$/)?.[1] ?? author.replace(/^.*\((.+)\)$/, '$1');
	const [first, second] = source.authors;
	const who = source.authors.length > 2 ? `${name(first)} et al.` : second ? `${name(first)} and ${name(second)}` : name(first);
	return `${who} (${source.year ?? 'n.d.'})`;
}

/** One basis as words. `sourceOf` finds a source by id (the integrity check has proved it exists). */
export function basisLabel(basis: Basis, words: BasisWords, sourceOf: (id: string) => SourceData | undefined): string {
	if (isPaperBasis(basis)) return words.paper(paperSections[basis.paper]);
	if (isSourceBasis(basis)) {
		const source = sourceOf(basis.source);
		const cited = source ? shortCitation(source) : basis.source;
		return words.source(basis.locator ? `${cited}, ${basis.locator}` : cited);
	}
	return words.practice;
}

/** Two bases are the same claim of origin (so a list whose items all share one can say it once). */
export const sameBasis = (a: Basis, b: Basis) => JSON.stringify(a) === JSON.stringify(b);

/** The one basis every item shares, or undefined when they differ. */
export function sharedBasis(items: readonly { basis: Basis }[]): Basis | undefined {
	const [first, ...rest] = items;
	return first && rest.every((item) => sameBasis(item.basis, first.basis)) ? first.basis : undefined;
}

/** The site's words for each basis, from the dictionary. */
export const siteBasisWords: BasisWords = {
	paper: (section) => t('basis.paper', { section }),
	source: (source) => t('basis.source', { source }),
	practice: t('basis.practice'),
};

/** Every basis an entry carries, with the field it sits in (e.g. "whatHelps[2].basis"), for the integrity check. */
export function basesOf(collection: keyof typeof claimLists, data: Record<string, unknown>): { field: string; basis: Basis }[] {
	const out: { field: string; basis: Basis }[] = [];
	for (const list of claimLists[collection]) {
		const items = (data[list] ?? []) as { basis: Basis }[];
		items.forEach((item, i) => out.push({ field: `${list}[${i}].basis`, basis: item.basis }));
	}
	((data.bodyBasis ?? []) as Basis[]).forEach((basis, i) => out.push({ field: `bodyBasis[${i}]`, basis }));
	return out;
}
