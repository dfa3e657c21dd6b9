/** Linking the first use of each glossary term in rendered HTML. */
import { describe, expect, it } from 'vitest';
import { findFirstUses, linkFirstUses, termsUsed } from '../../src/lib/glossary-links';

const terms = [
	{ id: 'co-production', words: ['co-production', 'co-produce'], href: '/glossary/#co-production' },
	{ id: 'carer', words: ['family carer', 'carer', 'carers'], href: '/glossary/#carer' },
	{ id: 'integrated-care', words: ['integrated care'], href: '/glossary/#integrated-care' },
];

describe('linkFirstUses', () => {
	it('links only the first use of each term, whatever its case', () => {
		const html = '<p>Co-production is hard. We co-produce often.</p><p>Co-production again.</p>';
		expect(linkFirstUses(html, terms)).toBe('<p><a class="term" href="/glossary/#co-production">Co-production</a> is hard. We co-produce often.</p><p>Co-production again.</p>');
	});

	it('prefers the longest match and respects word edges', () => {
		expect(linkFirstUses('<p>A family carer and carers.</p>', terms)).toBe('<p>A <a class="term" href="/glossary/#carer">family carer</a> and carers.</p>');
		expect(linkFirstUses('<p>Caretakers are not carers-to-be.</p>', terms)).toBe('<p>Caretakers are not carers-to-be.</p>');
	});

	it('leaves headings, links, buttons and skipped blocks alone', () => {
		const html = '<h2>Integrated care</h2><a href="/x">integrated care</a><div data-glossary-skip><p>integrated care</p></div><button>integrated care</button><p>integrated care</p>';
		expect(linkFirstUses(html, terms)).toBe(
			'<h2>Integrated care</h2><a href="/x">integrated care</a><div data-glossary-skip><p>integrated care</p></div><button>integrated care</button><p><a class="term" href="/glossary/#integrated-care">integrated care</a></p>',
		);
	});

	it('does not touch attributes or comments, and handles void elements', () => {
		const html = '<img alt="carer"><!-- carer --><p title="carer">A<br>carer</p>';
		expect(linkFirstUses(html, terms)).toBe('<img alt="carer"><!-- carer --><p title="carer">A<br><a class="term" href="/glossary/#carer">carer</a></p>');
	});

	it('skips excluded terms (a term on its own glossary entry)', () => {
		expect(linkFirstUses('<p>carer</p>', terms, { exclude: new Set(['carer']) })).toBe('<p>carer</p>');
	});
});

describe('linkFirstUses on the parsed tree', () => {
	const withAe = [...terms, { id: 'a-and-e', words: ['A&E'], href: '/glossary/#a-and-e' }];

	it('never links inside an attribute value, even one holding ">"', () => {
		const html = '<p title="a > b carer">Ask a carer.</p><img alt="x > carer">';
		expect(linkFirstUses(html, terms)).toBe('<p title="a > b carer">Ask a <a class="term" href="/glossary/#carer">carer</a>.</p><img alt="x > carer">');
	});

	it('decodes entities, so a term written with one is linked, and keeps them escaped', () => {
		expect(linkFirstUses('<p>Go to A&amp;E, &lsquo;carers&rsquo; too.</p>', withAe)).toBe(
			'<p>Go to <a class="term" href="/glossary/#a-and-e">A&amp;E</a>, \u2018<a class="term" href="/glossary/#carer">carers</a>\u2019 too.</p>',
		);
		expect(linkFirstUses('<p>A&#38;E</p>', withAe)).toBe('<p><a class="term" href="/glossary/#a-and-e">A&amp;E</a></p>');
	});

	it('leaves every other byte of the markup as it was', () => {
		const html = '<ul class="x"><li data-a=\'1\'>One <b>integrated care</b> &amp; co-production<br/>here</li></ul><p>3 &lt; 4</p>';
		expect(linkFirstUses(html, terms)).toBe(
			'<ul class="x"><li data-a=\'1\'>One <b><a class="term" href="/glossary/#integrated-care">integrated care</a></b> &amp; <a class="term" href="/glossary/#co-production">co-production</a><br/>here</li></ul><p>3 &lt; 4</p>',
		);
	});

	it('leaves text alone that the parser moved (misnested table markup), instead of losing markup', () => {
		// The parser joins "x" and the "carer" it moves out of the table into one node, whose place spans the table.
		const html = 'x<table>carer<tr><td>cell</td></tr></table><p>carer</p>';
		expect(linkFirstUses(html, terms)).toBe('x<table>carer<tr><td>cell</td></tr></table><p><a class="term" href="/glossary/#carer">carer</a></p>');
	});

	it('marks uses another way through `render`, and finds them with findFirstUses', () => {
		const render = (term: { id: string }, words: string) => `<dfn data-term="${term.id}">${words}</dfn>`;
		expect(linkFirstUses('<p>A carer in integrated care.</p>', terms, { render })).toBe('<p>A <dfn data-term="carer">carer</dfn> in <dfn data-term="integrated-care">integrated care</dfn>.</p>');
		expect(findFirstUses('<h2>carer</h2><p>carers</p>', terms).map((u) => [u.term.id, u.words])).toEqual([['carer', 'carers']]);
	});
});

describe('termsUsed', () => {
	it('reads decoded text only, in order of first use, never attributes or scripts', () => {
		const withAe = [...terms, { id: 'a-and-e', words: ['A&E'], href: '/glossary/#a-and-e' }];
		expect(termsUsed('<p title="co-production">A&amp;E</p><script>carer</script><h2>Integrated care</h2><svg><text>carer</text></svg>', withAe)).toEqual(['a-and-e', 'integrated-care']);
	});
});
