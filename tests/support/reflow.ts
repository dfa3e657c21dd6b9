/**
 * Reflow (WCAG 2.2 1.4.10) and text at 200% (1.4.4), measured in the browser: axe cannot see a page
 * that scrolls sideways. tests/e2e/every-page.spec.ts runs these in each page's one visit.
 */
import type { Page } from '@playwright/test';

/** The narrowest screen WCAG asks a page to fit without scrolling sideways: 320 CSS px. */
export const reflowWidth = 320;

/**
 * How far the page scrolls sideways at its current viewport: null if it does not, else the page's
 * scroll width and the element (or the text in it) that reaches furthest right, outside any box
 * that scrolls or clips on its own (a table in a scrolling wrapper is allowed to be wide).
 */
export async function sidewaysScroll(page: Page): Promise<null | { scrollWidth: number; width: number; widest: string }> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const scrollWidth = document.documentElement.scrollWidth;
		if (scrollWidth <= width) return null;
		const clipped = (element: Element | null) => {
			for (let e = element; e && e !== document.body; e = e.parentElement) {
				if (getComputedStyle(e).overflowX !== 'visible') return true;
			}
			return false;
		};
		const describe = (e: Element, what: string) =>
			`${what}<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}> "${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
		let widest = { right: width, text: 'nothing found (a pseudo-element or margin?)' };
		for (const e of document.body.querySelectorAll('*')) {
			const right = e.getBoundingClientRect().right;
			if (right > widest.right && !clipped(e.parentElement)) widest = { right, text: describe(e, '') };
		}
		// Text can run out of a box that itself fits (a long address in a list item).
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			range.selectNodeContents(node);
			const right = range.getBoundingClientRect().right;
			if (right > widest.right && node.parentElement && !clipped(node.parentElement)) widest = { right, text: describe(node.parentElement, 'text in ') };
		}
		return { scrollWidth, width, widest: `${widest.text}, right edge at ${Math.round(widest.right)} px` };
	});
}

/**
 * Text at 200% (root font size) in a window `width` px wide: null if the page still fits and the
 * header's search button (where there is one) is inside the window, else what went wrong. The size
 * is set through the CSSOM, which the Content-Security-Policy allows (an injected <style> it blocks).
 */
export async function lostAtDoubleText(page: Page, width: number): Promise<string[]> {
	return page.evaluate((width) => {
		const root = document.documentElement;
		root.style.fontSize = '200%';
		try {
			const problems: string[] = [];
			if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways (${root.scrollWidth} px in ${width} px)`);
			const button = document.querySelector('body > header form[role="search"] button');
			const box = button?.getBoundingClientRect();
			if (box && (box.right > root.clientWidth || box.left < 0)) problems.push(`the header's search button is off screen (its right edge at ${Math.round(box.right)} px)`);
			return problems;
		} finally {
			root.style.fontSize = '';
		}
	}, width);
}
