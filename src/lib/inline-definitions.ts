/**
 * The first use of a glossary term on a page, marked up so its definition opens in place: the
 * words become a button that opens a popover holding the definition and a plain link to the
 * glossary entry. The HTML popover attribute opens it with no script (popovertarget); the same
 * button, Escape or a tap elsewhere closes it, and the browser tells screen readers whether it
 * is open. Where popover is not supported the definition simply reads inline. (A close button
 * in each was tried and left out: the longest pages could not afford its bytes.)
 *
 * It is a `render` for linkFirstUses (src/lib/glossary-links.ts), so it inherits the linker's
 * rules: only text nodes, never attributes, headings, links or controls, once per term per page.
 * The popover is a <span>, so it is allowed wherever the words stand (inside <p>, <li>, <dd>).
 */
import { escapeHtml, termLink, type RenderUse, type TermLink } from './glossary-links';

export interface DefinedTerm extends TermLink {
	definition: string;
}

export interface DefinitionLabels {
	/** The plain link to the entry on the glossary page. */
	more: string;
}

/**
 * Whether a page defines its terms in place: yes on pages for people with lived experience and on
 * pages for everyone (no audiences); pages only for professionals or trainers keep the plain link
 * to the glossary. Their readers read at a higher grade (src/lib/readability.ts), and the longest
 * of them, the trainers' World Café module, had no room in its 16 KB first visit for definitions.
 */
export const definesInPlace = (audiences?: readonly string[]) => !audiences || audiences.includes('lived-experience');

/**
 * The first sentence of a definition: what the page shows in place. The rest is one link away, and
 * a whole definition on every first use would cost the longest pages their 16 KB first visit
 * (measured: about 500 bytes of gzip on a module page with 17 terms).
 */
export function firstSentence(definition: string): string {
	return /^.*?[.!?](?=\s+[A-Z(]|$)/s.exec(definition.trim())?.[0] ?? definition.trim();
}

/**
 * Renders a page's uses of terms with their definitions: make one per page, as it numbers the
 * definitions' ids (def1, def2…) in order. Short ids, because each is written three times and the
 * longest pages have a few bytes to spare. A term without a definition keeps the linker's plain
 * link. The definitions stay out of the search index by their class (scripts/index-search.mjs),
 * so search excerpts show the page's own words.
 */
export function inlineDefinition(labels: DefinitionLabels): RenderUse<DefinedTerm> {
	const more = escapeHtml(labels.more);
	let count = 0;
	return (term, words) => {
		if (!term.definition) return termLink(term, words);
		const href = escapeHtml(term.href);
		const id = `def${++count}`;
		return (
			`<button type="button" class="term" popovertarget="${id}">${words}</button>` +
			`<span class="term-def" id="${id}" popover>${escapeHtml(firstSentence(term.definition))} ` +
			`<a href="${href}">${more}</a></span>`
		);
	};
}
