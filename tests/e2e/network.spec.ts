/**
 * Nothing is loaded from another origin (no web fonts, analytics or CDNs) and no cookie is set,
 * on every page and during a search.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/dist';

for (const path of [...sitemapPaths(), '/search/?q=carer']) {
	test(`only this site, no cookies: ${path}`, async ({ page, context, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin !== origin && url.protocol !== 'data:') elsewhere.push(request.url());
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(elsewhere).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});
}
