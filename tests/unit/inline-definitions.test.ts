/** A glossary term's first use on a page, with its definition opening in place (a popover). */
import { describe, expect, it } from 'vitest';
import { linkFirstUses } from '../../src/lib/glossary-links';
import { definesInPlace, firstSentence, inlineDefinition } from '../../src/lib/inline-definitions';

const terms = [
	{
		id: 'tokenism',
		words: ['tokenism', 'tokenistic'],
		href: '/glossary/#tokenism',
		definition: 'Tokenism means involving people for show. They have no real power.',
	},
	{
		id: 'carer',
		words: ['carer'],
		href: '/glossary/#carer',
		definition: 'A carer looks after someone, without pay, for a "friend" & family.',
	},
	{ id: 'plain', words: ['plain'], href: '/glossary/#plain', definition: '' },
];
const render = inlineDefinition({ more: 'More in the glossary' });

describe('inlineDefinition', () => {
	it('turns the first use into a button that opens the first sentence of its definition, with a link to the glossary', () => {
		expect(linkFirstUses('<p>This felt tokenistic. Tokenism hurts.</p>', terms, { render })).toBe(
			'<p>This felt <button type="button" class="term" popovertarget="def1">tokenistic</button>' +
				'<span class="term-def" id="def1" popover>Tokenism means involving people for show. ' +
				'<a href="/glossary/#tokenism">More in the glossary</a></span>. Tokenism hurts.</p>',
		);
	});

	it('never puts a definition inside a heading, a link or a control', () => {
		const html = '<h2>Tokenism</h2><a href="/x">tokenism</a><button>tokenism</button><summary>tokenism</summary><label>tokenism</label>';
		expect(linkFirstUses(html, terms, { render })).toBe(html);
	});

	it('numbers the definitions of a page in order, so each id is used once', () => {
		const out = linkFirstUses('<p>A carer met tokenism.</p>', terms, { render: inlineDefinition({ more: 'More' }) });
		expect([...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(['def1', 'def2']);
	});

	it('escapes the definition and keeps a plain link for a term with no definition', () => {
		const out = linkFirstUses('<p>A carer, plain.</p>', terms, { render });
		expect(out).toContain('A carer looks after someone, without pay, for a &quot;friend&quot; &amp; family.');
		expect(out).toContain('<a class="term" href="/glossary/#plain">plain</a>');
	});
});

describe('firstSentence', () => {
	it('takes the first sentence, and the whole of a one-sentence definition', () => {
		expect(firstSentence('Tokenism means involving people for show. They have no real power.')).toBe('Tokenism means involving people for show.');
		expect(firstSentence('A run chart shows a measure (the median). It helps. (Really.)')).toBe('A run chart shows a measure (the median).');
		expect(firstSentence('One sentence only, e.g. this one.')).toBe('One sentence only, e.g. this one.');
	});
});

describe('definesInPlace', () => {
	it('defines in place on pages for people with lived experience and for everyone, not on pages only for professionals or trainers', () => {
		expect(definesInPlace(undefined)).toBe(true);
		expect(definesInPlace(['trainer', 'lived-experience'])).toBe(true);
		expect(definesInPlace(['professional'])).toBe(false);
		expect(definesInPlace(['trainer'])).toBe(false);
	});
});
