/** What goes on paper: headings and ids of shared pages, PDF markers. (Timings: session.test.ts.) */
import { describe, expect, it } from 'vitest';
import { prefixIds, shiftHeadings } from '../../src/lib/print-content';
import { fillPdfMarkers, noPdfMarker, pdfMarker } from '../../src/lib/pdf-markers';
import { termsUsed } from '../../src/lib/glossary-links';
import { countPages } from '../../scripts/make-pdfs.mjs';

describe('shiftHeadings', () => {
	it('moves headings down and never past h6', () => {
		expect(shiftHeadings('<h2 id="a">A</h2><p>x</p><h5>B</h5><h6>C</h6>', 2)).toBe('<h4 id="a">A</h4><p>x</p><h6>B</h6><h6>C</h6>');
		expect(shiftHeadings('<header><hgroup>', 1)).toBe('<header><hgroup>');
		expect(shiftHeadings('<h2>A</h2>', 0)).toBe('<h2>A</h2>');
	});
});

describe('PDF markers', () => {
	const page = `<p>${noPdfMarker('Use your browser to print.')}${pdfMarker('a-a4.pdf', '<a href="/handouts/a-a4.pdf">A4</a> ({pdf-pages}, {pdf-size})')}${pdfMarker('b-a4.pdf', '<a href="/handouts/b-a4.pdf">B</a>')}</p>`;
	it('hides PDF links until the PDF exists', () => {
		expect(page.replace(/<!--[\s\S]*?-->/g, '')).toBe('<p>Use your browser to print.</p>');
		expect(fillPdfMarkers(page, new Map())).toEqual({ html: page, opened: 0 });
	});
	it('opens the markers of PDFs that were made, with their details, and drops the no-PDF text', () => {
		const { html, opened } = fillPdfMarkers(page, new Map([['a-a4.pdf', { pages: '3 pages', size: '120 KB' }]]));
		expect(opened).toBe(1);
		expect(html).toBe('<p><a href="/handouts/a-a4.pdf">A4</a> (3 pages, 120 KB)<!--pdf:b-a4.pdf <a href="/handouts/b-a4.pdf">B</a> --></p>');
	});
	it('refuses markup that would end the comment early', () => {
		expect(() => pdfMarker('x.pdf', 'a --> b')).toThrow();
	});
});

describe('termsUsed', () => {
	const terms = [
		{ id: 'co-production', words: ['co-production', 'co-produce'], href: '#co-production' },
		{ id: 'tokenism', words: ['tokenism'], href: '#tokenism' },
		{ id: 'carer', words: ['carer', 'family carer'], href: '#carer' },
	];
	it('finds terms in order of first use, once each, ignoring markup and scripts', () => {
		expect(termsUsed('<h2>Tokenism</h2><p>We co-produce. <a href="#tokenism">tokenism</a></p><script>carer</script>', terms)).toEqual(['tokenism', 'co-production']);
		expect(termsUsed('<p data-carer="1">A family carer</p>', terms)).toEqual(['carer']);
		expect(termsUsed('<p>nothing here</p>', terms)).toEqual([]);
	});
});

describe('countPages', () => {
	it('counts page objects, not the page tree', () => {
		const pdf = Buffer.from('1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> 2 0 obj << /Type /Page >> 3 0 obj <</Type/Page/Parent 1 0 R>>', 'latin1');
		expect(countPages(pdf)).toBe(2);
	});
});

describe('prefixIds', () => {
	it('prefixes ids and the in-page links to them, and nothing else', () => {
		expect(prefixIds('<h3 id="why">Why</h3><a href="#why">up</a><a href="/roles/#x">r</a><p data-id="y">', 'm1')).toBe('<h3 id="m1-why">Why</h3><a href="#m1-why">up</a><a href="/roles/#x">r</a><p data-id="y">');
	});
});
