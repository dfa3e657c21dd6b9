/** A glossary term's first use on a page, with its definition opening in place (a popover). */
import { describe, expect, it } from 'vitest';
import { linkFirstUses } from '../../src/lib/glossary-links';
import { firstSentence, inlineDefinition } from '../../src/lib/inline-definitions';

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
const render = inlineDefinition({
	more: 'More in the glossary',
	close: 'Close',
});

describe('inlineDefinition', () => {
	it('turns the first use into a button that opens its definition, with a link to the glossary and a close button', () => {
		expect(
			linkFirstUses('<p>This felt tokenistic. Tokenism hurts.</p>', terms, {
				render,
			}),
		).toBe(
			'<p>This felt <button type="button" class="term" popovertarget="def-tokenism">tokenistic</button>' +
				'<span class="term-def" id="def-tokenism" popover data-pagefind-ignore>Tokenism means involving people for show. ' +
				'<a href="/glossary/#tokenism">More in the glossary</a> ' +
				'<button type="button" class="term-close" popovertarget="def-tokenism" popovertargetaction="hide">Close</button></span>. Tokenism hurts.</p>',
		);
	});

	it('never puts a definition inside a heading, a link or a control', () => {
		const html = '<h2>Tokenism</h2><a href="/x">tokenism</a><button>tokenism</button><summary>tokenism</summary><label>tokenism</label>';
		expect(linkFirstUses(html, terms, { render })).toBe(html);
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
