/**
 * The page budgets, weighed from the finished files (gzip, tests/support/budgets.ts) against what
 * the browser fetched on each page's one visit (recorded by tests/e2e/every-page.spec.ts in
 * test-results/visits/), so it runs after the end-to-end tests. Prints a table per page type (also
 * written to test-results/budgets.md) and names any page that breaks a budget. (The first search's
 * budget is checked where the search is made: tests/e2e/search.spec.ts.)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { budgets, gzipBytes, kb, pageType, percentile, toolPages } from '../support/budgets';
import { htmlFiles, pageHtml, root, sitemapPaths } from '../support/dist';
import { visitFile, visitsDir, type Visit } from '../support/visits';

interface Row {
	path: string;
	type: string;
	html: number;
	css: number;
	js: number;
	total: number;
	requests: number;
}

const readVisit = (path: string): Visit | undefined => {
	const file = join(visitsDir, visitFile(path));
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Visit) : undefined;
};

function row(visit: Visit): Row {
	const sum = (kinds: string[] | null) =>
		visit.fetched.filter((f) => (kinds ? kinds.includes(f.kind) : !['document', 'stylesheet', 'script'].includes(f.kind))).reduce((t, f) => t + gzipBytes(f.path), 0);
	const html = sum(['document']);
	const css = sum(['stylesheet']);
	const js = sum(['script']);
	return { path: visit.path, type: pageType(visit.path), html, css, js, total: html + css + js + sum(null), requests: visit.fetched.length };
}

function table(rows: Row[]): string {
	const types = [...new Set(rows.map((r) => r.type))].sort();
	const lines = ['| page type | pages | first visit (max) | HTML (max) | HTML (median) | CSS | JS (max) | requests (max) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
	for (const type of types) {
		const group = rows.filter((r) => r.type === type);
		const max = (key: 'total' | 'html' | 'js' | 'requests' | 'css') => Math.max(...group.map((r) => r[key]));
		lines.push(`| ${type} | ${group.length} | ${kb(max('total'))} | ${kb(max('html'))} | ${kb(percentile(group.map((r) => r.html), 0.5))} | ${kb(max('css'))} | ${kb(max('js'))} | ${max('requests')} |`);
	}
	return lines.join('\n');
}

const pages = sitemapPaths();

test('every page in the sitemap was visited, and each visit fetched its own page', () => {
	const missing = pages.filter((path) => !readVisit(path));
	expect(missing, `no record of a visit in ${visitsDir}: run the end-to-end tests first`).toEqual([]);
	const withoutDocument = pages.filter((path) => !readVisit(path)!.fetched.some((f) => f.kind === 'document' && gzipBytes(f.path) > 0));
	expect(withoutDocument, 'visits whose page is not a built file').toEqual([]);
});

test('reading pages and tool pages stay within their budgets', () => {
	const rows = pages.map(readVisit).filter((v): v is Visit => Boolean(v)).map(row);
	expect(rows.length).toBe(pages.length);
	const reading = rows.filter((r) => r.type !== 'tool');
	const tools = rows.filter((r) => r.type === 'tool');
	expect(tools.length, 'tool pages among the pages').toBe(toolPages.length);
	const breaches = [
		...tools.filter((r) => r.js > budgets.toolScript).map((r) => `${r.path}: script at start ${r.js} bytes > ${budgets.toolScript}`),
		...reading.filter((r) => r.total > budgets.firstVisit).map((r) => `${r.path}: first visit ${r.total} bytes > ${budgets.firstVisit}`),
		...reading.filter((r) => r.js > budgets.script).map((r) => `${r.path}: script at start ${r.js} bytes > ${budgets.script}`),
	];
	const html90 = percentile(reading.map((r) => r.html), 0.9);
	if (html90 > budgets.html90) {
		const over = reading.filter((r) => r.html > budgets.html90).map((r) => `${r.path} (${r.html} bytes)`);
		breaches.push(`90% of pages must have HTML ≤ ${budgets.html90} bytes; the 90th percentile is ${html90}. Over: ${over.join(', ')}`);
	}
	const report = `${table(rows)}\n\n90th percentile of HTML: ${kb(html90)} (budget ${kb(budgets.html90)}).`;
	console.log(`\nBudgets per page type (gzip):\n${report}\n`);
	mkdirSync(join(root, 'test-results'), { recursive: true });
	writeFileSync(join(root, 'test-results', 'budgets.md'), `# Budgets (gzip of built files)\n\n${report}\n`);
	expect(breaches).toEqual([]);
});

test('each tool page’s own script loads on no other page', () => {
	const scripts = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
	const others = htmlFiles().filter((file) => !toolPages.some((tool) => file.endsWith(`${tool}index.html`)));
	const tools = toolPages.filter((path) => pages.includes(path));
	expect(tools.length).toBe(toolPages.length);
	for (const tool of tools) {
		const own = scripts(pageHtml(tool));
		expect(own.length, `${tool} loads its script`).toBeGreaterThan(0);
		const elsewhere = others.filter((file) => own.some((src) => readFileSync(file, 'utf8').includes(src)));
		expect(elsewhere, `${tool}'s script on other pages`).toEqual([]);
	}
});
