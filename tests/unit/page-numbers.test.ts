/** The handouts' printed footer (src/lib/page-numbers.ts): the dictionary's words as CSS. */
import { describe, expect, it } from 'vitest';
import { counterContent, pageNumbersCss } from '../../src/lib/page-numbers';
import { en } from '../../src/i18n/en';

describe('the printed footer', () => {
	it('turns "Page {page} of {total}" into page counters, whatever the order of its words', () => {
		expect(counterContent(en['handout.footer'])).toBe('"Page " counter(page) " of " counter(pages)');
		expect(counterContent('{page}/{total}')).toBe('counter(page) "/" counter(pages)');
	});

	it('puts the site name and the page numbers in the bottom margin, quotes escaped', () => {
		const css = pageNumbersCss('Page {page} of {total}', 'Say "hi" \\ o');
		expect(css).toContain('@bottom-left { content: "Say \\"hi\\" \\\\ o";');
		expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
		expect(css).toMatch(/^\/\*.*\*\/\n@media print \{\n\t@page \{/);
	});
});
