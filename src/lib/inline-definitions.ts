/**
 * The first use of a glossary term on a page, marked up so its definition opens in place: the
 * words become a button that opens a popover holding the definition, a plain link to the
 * glossary entry and a close button. The HTML popover attribute opens and closes it with no
 * script (popovertarget), Escape and a tap elsewhere close it, and the browser tells screen
 * readers whether it is open. Where popover is not supported the definition simply reads inline.
 *
 * It is a `render` for linkFirstUses (src/lib/glossary-links.ts), so it inherits the linker's
 * rules: only text nodes, never attributes, headings, links or controls, once per term per page.
 * The popover is a <span>, so it is allowed wherever the words stand (inside <p>, <li>, <dd>).
 */
import type { RenderUse, TermLink } from './glossary-links';

export interface DefinedTerm extends TermLink {
	definition: string;
}

export interface DefinitionLabels {
	/** The plain link to the entry on the glossary page. */
	more: string;
	/** The button that closes the definition. */
	close: string;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]);

/**
 * The first sentence of a definition: what the page shows in place. The rest is one link away, and
 * a whole definition on every first use would cost the longest pages their 16 KB first visit
 * (measured: about 500 bytes of gzip on a module page with 17 terms).
 */
export function firstSentence(definition: string): string {
	return /^.*?[.!?](?=\s+[A-Z(]|$)/s.exec(definition.trim())?.[0] ?? definition.trim();
}

/** The id of a term's definition on a page; one per page, because only the first use gets one. */
export const definitionId = (termId: string) => `def-${termId}`;

/**
 * Renders a use of a term with its definition. A term without a definition (none given) keeps the
 * linker's plain link. The definition is left out of the search index (data-pagefind-ignore), so
 * search excerpts show the page's own words.
 */
export function inlineDefinition(labels: DefinitionLabels): RenderUse<DefinedTerm> {
	const more = escapeHtml(labels.more);
	const close = escapeHtml(labels.close);
	return (term, words) => {
		const href = escapeHtml(term.href);
		if (!term.definition) return `<a class="term" href="${href}">${words}</a>`;
		const id = definitionId(term.id);
		return (
			`<button type="button" class="term" popovertarget="${id}">${words}</button>` +
			`<span class="term-def" id="${id}" popover data-pagefind-ignore>${escapeHtml(firstSentence(term.definition))} ` +
			`<a href="${href}">${more}</a> ` +
			`<button type="button" class="term-close" popovertarget="${id}" popovertargetaction="hide">${close}</button></span>`
		);
	};
}
