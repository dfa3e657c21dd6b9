/** Linking the first use of each glossary term in rendered HTML. */
import { describe, expect, it } from 'vitest';
import { linkFirstUses } from '../../src/lib/glossary-links';

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
