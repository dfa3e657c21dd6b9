/**
 * Links the first use of each glossary term on a page to its definition. Works on rendered HTML
 * (frontmatter lists and MDX bodies alike), so authors never mark terms by hand. Text inside
 * links, headings, buttons, code and anything marked data-glossary-skip is left alone.
 *
 * The HTML is parsed into a real tree (parse5, the HTML standard's parsing rules), so only text
 * nodes are ever searched: never an attribute value (`<p title="a > b carer">`), a comment or a
 * script. Text is matched as decoded, so a term written with an entity (`A&amp;E`) is found. The
 * output is the input with only the text nodes that gain a term rewritten, so the rest of the
 * markup comes out byte for byte as it went in.
 *
 * `findFirstUses` is the walk itself, for anything else that marks terms in place: give
 * `linkFirstUses` a `render` to mark a use other than with a link.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

export interface TermLink {
	id: string;
	/** The term and its other forms, e.g. ["co-production", "co-produce"]. */
	words: readonly string[];
	href: string;
}

/** One use of a term: the text node it is in (offsets into the HTML) and where in that node's decoded text. */
export interface TermUse<T extends TermLink = TermLink> {
	term: T;
	/** The words as the page writes them, decoded ("A&E"). */
	words: string;
	/** Start and end of the text node in the HTML given. */
	node: { start: number; end: number; text: string };
	/** Where the words are in the node's decoded text. */
	at: number;
}

/** Marks up one use; `words` is already escaped for HTML. The default links to the definition. */
export type RenderUse<T extends TermLink = TermLink> = (term: T, words: string) => string;

export const termLink: RenderUse = (term, words) => `<a class="term" href="${escapeHtml(term.href)}">${words}</a>`;

/** Elements whose text must never become a link (already a link, a heading, a control…). */
const skipTags = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'button', 'summary', 'label', 'textarea', 'select', 'option', 'svg', 'title', 'dfn', 'caption', 'th', 'template', 'noscript']);
/** Elements whose text is not read as words at all (for termsUsed). */
const silentTags = new Set(['script', 'style', 'svg', 'template', 'noscript']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };
/** Text as HTML, safe in text and in a quoted attribute; renderers of term uses share it. */
export const escapeHtml = (text: string) => text.replace(/[&<>"\u00a0]/g, (c) => escapes[c]);

interface Matcher {
	owner: Map<string, TermLink>;
	termCount: number;
	pattern: RegExp;
}

// Every page runs this with the same terms: compile the pattern once per term list and exclusion
// (measured with `npm run bench`: compiling it per page was 5% of a 1,000-module build).
const matchers = new WeakMap<readonly TermLink[], Map<string, Matcher>>();

function matcherFor(terms: readonly TermLink[], exclude: ReadonlySet<string> | undefined): Matcher {
	const key = [...(exclude ?? [])].sort().join(' ');
	let byExclude = matchers.get(terms);
	if (!byExclude) matchers.set(terms, (byExclude = new Map()));
	let matcher = byExclude.get(key);
	if (!matcher) {
		const owner = new Map<string, TermLink>();
		for (const term of terms) {
			if (exclude?.has(term.id)) continue;
			for (const word of term.words) owner.set(word.toLowerCase(), term);
		}
		// Longest words first, so "integrated care pathway" wins over "integrated care".
		const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
		const pattern = new RegExp(`(?<![\\w-])(?:${alternatives.join('|') || '(?!)'})(?![\\w-])`, 'gi');
		matcher = { owner, termCount: new Set([...owner.values()].map((term) => term.id)).size, pattern };
		byExclude.set(key, matcher);
	}
	return matcher;
}

type Node = DefaultTreeAdapterMap['childNode'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/**
 * Calls `visit` for each text node in document order with whether it sits inside an element of
 * `skip` (or one marked data-glossary-skip); stops when `visit` returns false. Text nodes the
 * parser moved or made up (misnested markup) have no place in the source and are passed over.
 */
function walkText(html: string, skip: ReadonlySet<string>, visit: (node: TextNode, skipped: boolean) => boolean | void) {
	const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
	const stack: { nodes: Node[]; skipped: boolean }[] = [{ nodes: [...fragment.childNodes].reverse(), skipped: false }];
	while (stack.length) {
		const top = stack[stack.length - 1];
		const node = top.nodes.pop();
		if (!node) {
			stack.pop();
			continue;
		}
		if (node.nodeName === '#text') {
			if (node.sourceCodeLocation && visit(node as TextNode, top.skipped) === false) return;
		} else if ('childNodes' in node && node.childNodes.length) {
			const skipped = top.skipped || skip.has(node.tagName) || node.attrs.some((a) => a.name === 'data-glossary-skip');
			stack.push({ nodes: [...node.childNodes].reverse(), skipped });
		}
	}
}

const count = (text: string, char: string) => text.split(char).length - 1;
/**
 * Whether the source of a text node holds markup: the parser joins text it moved out of a table
 * to text before the table, and the node's place then spans the table. Such a node is left alone.
 */
const spansMarkup = (source: string, text: string) => count(source, '<') > count(text, '<');

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/**
 * Whether the pattern can match anywhere in the HTML, tags included, with the usual entities
 * decoded (others read as a space): a quick look that lets HTML with no term skip parsing, which
 * is most of the linker's time. It can say yes wrongly (a term in an attribute), never no.
 */
function mayUse(html: string, pattern: RegExp): boolean {
	const text = html.includes('&')
		? html.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));?/gi, (_, dec?: string, hex?: string, name?: string) => {
				const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
				if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
				return named[name!.toLowerCase()] ?? ' ';
			})
		: html;
	// test() on a global pattern moves lastIndex, and matchAll() starts from it: put it back.
	pattern.lastIndex = 0;
	const found = pattern.test(text);
	pattern.lastIndex = 0;
	return found;
}

/** The first use of each term in the HTML's linkable text, in document order. */
export function findFirstUses(html: string, terms: readonly TermLink[], options: { exclude?: ReadonlySet<string> } = {}): TermUse[] {
	const { owner, termCount, pattern } = matcherFor(terms, options.exclude);
	const uses: TermUse[] = [];
	if (!owner.size || !mayUse(html, pattern)) return uses;
	const linked = new Set<string>();
	walkText(html, skipTags, (node, skipped) => {
		if (skipped) return;
		const { startOffset: start, endOffset: end } = node.sourceCodeLocation!;
		for (const match of node.value.matchAll(pattern)) {
			const term = owner.get(match[0].toLowerCase());
			if (!term || linked.has(term.id)) continue;
			if (spansMarkup(html.slice(start, end), node.value)) return;
			linked.add(term.id);
			uses.push({ term, words: match[0], node: { start, end, text: node.value }, at: match.index });
		}
		return linked.size < termCount;
	});
	return uses;
}

export function linkFirstUses<T extends TermLink>(html: string, terms: readonly T[], options: { exclude?: ReadonlySet<string>; render?: RenderUse<T> } = {}): string {
	const { render = termLink as RenderUse<T> } = options;
	// The uses carry the very term objects given, so they are of the caller's type.
	const uses = findFirstUses(html, terms, options) as TermUse<T>[];
	let out = '';
	let done = 0;
	for (let i = 0; i < uses.length; ) {
		// Several first uses can share a text node: rewrite the node once, with all of them.
		const { node } = uses[i];
		let text = '';
		let from = 0;
		for (; i < uses.length && uses[i].node.start === node.start; i++) {
			const use = uses[i];
			text += escapeHtml(node.text.slice(from, use.at)) + render(use.term, escapeHtml(use.words));
			from = use.at + use.words.length;
		}
		out += html.slice(done, node.start) + text + escapeHtml(node.text.slice(from));
		done = node.end;
	}
	return out + html.slice(done);
}

/**
 * The glossary terms a piece of HTML uses, in order of first use: printed handouts end with their
 * definitions, because paper has no links. Text in scripts, styles and SVG does not count.
 */
export function termsUsed(html: string, terms: readonly TermLink[]): string[] {
	const { owner, pattern } = matcherFor(terms, undefined);
	const found: string[] = [];
	if (!owner.size || !mayUse(html, pattern)) return found;
	walkText(html, silentTags, (node, skipped) => {
		if (skipped) return;
		for (const match of node.value.matchAll(pattern)) {
			const term = owner.get(match[0].toLowerCase());
			if (term && !found.includes(term.id)) found.push(term.id);
		}
	});
	return found;
}
