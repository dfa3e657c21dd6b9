/**
 * Every page, visited once, as a first-time reader in a fresh tab: every page in the sitemap, the
 * 404 page, every handout and a search with results. One visit checks all of this:
 * - axe finds no violations of WCAG 2.0, 2.1 and 2.2 A and AA, in the light and then (by
 *   emulateMedia, on the same page) the dark colour scheme; handouts, meant for paper, in light;
 * - nothing comes from another origin, nothing writes to the console as an error (a
 *   Content-Security-Policy violation does, so does a failed script), no cookie is set;
 * - nothing more is fetched once the page is idle (after "networkidle", for at least 750 ms);
 * - what it fetched at start goes to test-results/visits/, and tests/dist/budgets.test.ts sums it
 *   from the finished files (the PDF links are filled in after the pages are built) against the
 *   budgets.
 * The no-JavaScript sweep is its own visit (tests/e2e/no-javascript.spec.ts): a page without its
 * scripts is a different page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { handoutList, sitemapPaths } from '../support/dist';
import { visitFile, visitsDir, type Visit } from '../support/visits';

const idleMs = 750;
const handouts = handoutList();
const pages: { path: string; schemes: ('light' | 'dark')[]; searchFor?: string }[] = [
	...[...sitemapPaths(), '/404.html'].map((path) => ({ path, schemes: ['light', 'dark'] as ('light' | 'dark')[] })),
	...handouts.map((h) => ({ path: h.route, schemes: h.largePrint ? [] : (['light'] as ('light' | 'dark')[]) })),
	{ path: '/search/?q=carer', schemes: ['light'], searchFor: 'carer' },
];

test('the sweep covers every page in the sitemap and every handout', () => {
	expect(sitemapPaths().length).toBeGreaterThan(40);
	expect(handouts.length).toBeGreaterThan(40);
	expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
});

mkdirSync(visitsDir, { recursive: true });

for (const { path, schemes, searchFor } of pages) {
	test(`one visit: ${path}`, async ({ page, context, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const fetched: Visit['fetched'] = [];
		const elsewhere: string[] = [];
		const idle: string[] = [];
		const errors: string[] = [];
		let loadedAt = 0;
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol === 'data:') return;
			if (url.origin !== origin) elsewhere.push(request.url());
			// Browsers ask for the favicon once a page has loaded: it counts as part of the first visit.
			else if (loadedAt && !url.pathname.endsWith('/favicon.svg')) idle.push(url.pathname);
			else fetched.push({ path: url.pathname, kind: request.resourceType() });
		});
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));

		await page.emulateMedia({ colorScheme: schemes[0] ?? 'light' });
		await page.goto(path, { waitUntil: 'networkidle' });
		if (searchFor) {
			await expect(page.getByRole('status')).toContainText(`results for “${searchFor}”`);
			await page.waitForLoadState('networkidle');
		}
		loadedAt = Date.now();

		for (const scheme of schemes) {
			await page.emulateMedia({ colorScheme: scheme });
			expect.soft(await axeViolations(page), `axe, ${scheme} colour scheme`).toEqual([]);
		}
		await page.waitForTimeout(Math.max(0, idleMs - (Date.now() - loadedAt)));

		expect.soft(elsewhere, 'requests to another origin').toEqual([]);
		expect.soft(errors, 'console errors').toEqual([]);
		expect.soft(await context.cookies(), 'cookies').toEqual([]);
		expect.soft(idle, 'fetched while idle').toEqual([]);
		const visit: Visit = { path, fetched, idle };
		writeFileSync(join(visitsDir, visitFile(path)), JSON.stringify(visit));
	});
}
