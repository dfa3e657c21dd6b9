/**
 * Links the first use of each glossary term on a page to its definition. Works on rendered HTML
 * (frontmatter lists and MDX bodies alike), so authors never mark terms by hand. Text inside
 * links, headings, buttons, code and anything marked data-glossary-skip is left alone.
 */

export interface TermLink {
	id: string;
	/** The term and its other forms, e.g. ["co-production", "co-produce"]. */
	words: readonly string[];
	href: string;
}

/** Elements whose text must never become a link (already a link, a heading, a control…). */
const skipTags = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'button', 'summary', 'label', 'textarea', 'select', 'option', 'svg', 'title', 'dfn', 'caption', 'th']);
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

export function linkFirstUses(html: string, terms: readonly TermLink[], options: { exclude?: ReadonlySet<string> } = {}): string {
	const { owner, termCount, pattern } = matcherFor(terms, options.exclude);
	if (!owner.size) return html;
	const linked = new Set<string>();
	const stack: boolean[] = [];
	const tagNames: string[] = [];

	return html.replace(/<!--[\s\S]*?-->|<[^>]+>|[^<]+/g, (token) => {
		if (token.startsWith('<!--')) return token;
		if (token.startsWith('<')) {
			const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
			if (!match) return token;
			const [, closing, rawName] = match;
			const name = rawName.toLowerCase();
			if (closing) {
				const at = tagNames.lastIndexOf(name);
				if (at >= 0) {
					tagNames.length = at;
					stack.length = at;
				}
			} else if (!voidTags.has(name) && !token.endsWith('/>')) {
				tagNames.push(name);
				stack.push(skipTags.has(name) || /\sdata-glossary-skip\b/.test(token));
			}
			return token;
		}
		if (stack.includes(true) || linked.size === termCount) return token;
		return token.replace(pattern, (words) => {
			const term = owner.get(words.toLowerCase());
			if (!term || linked.has(term.id)) return words;
			linked.add(term.id);
			return `<a class="term" href="${term.href}">${words}</a>`;
		});
	});
}

/**
 * The glossary terms a piece of HTML uses, in order of first use: printed handouts end with their
 * definitions, because paper has no links. Text in tags, scripts, styles and SVG does not count.
 */
export function termsUsed(html: string, terms: readonly TermLink[]): string[] {
	const { owner, pattern } = matcherFor(terms, undefined);
	if (!owner.size) return [];
	const text = html
		.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&#x27;/g, "'");
	const found: string[] = [];
	for (const match of text.matchAll(pattern)) {
		const term = owner.get(match[0].toLowerCase());
		if (term && !found.includes(term.id)) found.push(term.id);
	}
	return found;
}
