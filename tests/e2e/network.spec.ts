/**
 * Nothing is loaded from another origin (no web fonts, analytics or CDNs), no cookie is set, and
 * nothing breaks the Content-Security-Policy or throws an error, on every page and during a search.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { handoutSample, htmlFiles, sitemapPaths } from '../support/dist';

for (const path of [...sitemapPaths(), ...handoutSample(), '/404.html', '/search/?q=carer']) {
	test(`only this site, no cookies, no errors: ${path}`, async ({ page, context, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const elsewhere: string[] = [];
		const errors: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin !== origin && url.protocol !== 'data:') elsewhere.push(request.url());
		});
		// A CSP violation shows up as a console error; so does a failed script.
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		if (path.includes('?q=')) await expect(page.getByRole('status')).toContainText('results for');
		expect(elsewhere).toEqual([]);
		expect(errors).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});
}

// Read from the built files, so every page is checked, handouts included, without a browser per page.
test('every page carries the Content-Security-Policy and referrer policy', () => {
	const problems: string[] = [];
	for (const file of htmlFiles()) {
		const html = readFileSync(file, 'utf8');
		const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		if (!csp.includes("script-src 'self' 'wasm-unsafe-eval'") || csp.includes('unsafe-inline')) problems.push(`${file}: Content-Security-Policy is "${csp}"`);
		if (!html.includes('<meta name="referrer" content="no-referrer">')) problems.push(`${file}: no referrer policy`);
		// A JSON data island (the planner's modules) is never run, so the policy does not cover it.
		if (/<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/json")[^>]*>[^<]/.test(html)) problems.push(`${file}: inline script`);
	}
	expect(problems).toEqual([]);
});
