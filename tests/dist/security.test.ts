/**
 * Read from the built files, so every page is checked, handouts included, without a browser per
 * page: each carries the Content-Security-Policy and the referrer policy, runs no inline script and
 * embeds no frame. (That nothing breaks the policy in a browser, and nothing is fetched from another
 * origin, is checked on each page's one visit: tests/e2e/every-page.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { dist, htmlFiles } from '../support/dist';

const pages = htmlFiles().map((file) => ({ file: relative(dist, file), html: readFileSync(file, 'utf8') }));

test('there are built pages to check', () => {
	expect(pages.length).toBeGreaterThan(100);
});

test('every page carries the Content-Security-Policy and the referrer policy', () => {
	const problems: string[] = [];
	for (const { file, html } of pages) {
		const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		if (!csp.includes("script-src 'self' 'wasm-unsafe-eval'") || csp.includes('unsafe-inline')) problems.push(`${file}: Content-Security-Policy is "${csp}"`);
		if (!csp.includes("default-src 'self'")) problems.push(`${file}: Content-Security-Policy has no default-src 'self': "${csp}"`);
		if (!html.includes('<meta name="referrer" content="no-referrer">')) problems.push(`${file}: no referrer policy`);
	}
	expect(problems).toEqual([]);
});

test('no page runs an inline script or embeds a frame', () => {
	const problems: string[] = [];
	for (const { file, html } of pages) {
		// A JSON data island (type="application/json") is data the browser never runs, so it is allowed.
		if (/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>[^<]/.test(html)) problems.push(`${file}: inline script`);
		if (/\son[a-z]+="/i.test(html.replace(/<!--[\s\S]*?-->/g, ''))) problems.push(`${file}: inline event handler`);
		if (/<(iframe|frame|object|embed)\b/i.test(html)) problems.push(`${file}: embeds a frame or object`);
	}
	expect(problems).toEqual([]);
});
