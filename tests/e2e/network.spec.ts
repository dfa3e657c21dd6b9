/**
 * Nothing is loaded from another origin (no web fonts, analytics or CDNs), no cookie is set, and
 * nothing breaks the Content-Security-Policy or throws an error, on every page and during a search.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/dist';

for (const path of [...sitemapPaths(), '/404.html', '/search/?q=carer']) {
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

test('every page carries the Content-Security-Policy and referrer policy', async ({ page }) => {
	for (const path of sitemapPaths()) {
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(csp, path).not.toContain('unsafe-inline');
		await expect(page.locator('meta[name="referrer"]'), path).toHaveAttribute('content', 'no-referrer');
	}
});
