/**
 * Every page, visited once, as a first-time reader in a fresh tab: every page in the sitemap, the
 * 404 page, every regular-print handout, large print of each kind and a search with results. One
 * visit checks all of this:
 * - axe finds no violations of WCAG 2.0, 2.1 and 2.2 A and AA in the light colour scheme, and
 *   then (by emulateMedia, on the same page) none of its colour rules in the dark one; handouts,
 *   meant for paper, in light;
 * - nothing comes from another origin, nothing writes to the console as an error (a
 *   Content-Security-Policy violation does, so does a failed script), no cookie is set;
 * - nothing more is fetched once the page has loaded (for at least 750 ms; a search, once its
 *   results are shown and the network is quiet);
 * - nothing scrolls sideways at 320 CSS px (WCAG 2.2 1.4.10, reflow), print pages included; on a
 *   sample (the home page, a module, a handout), nothing is lost with text at 200% in a 640 px
 *   window (1.4.4): the page fits and the header's search button stays on screen;
 * - what it fetched at start goes to test-results/visits/, and tests/dist/budgets.test.ts sums it
 *   from the finished files (the PDF links are filled in after the pages are built) against the
 *   budgets.
 * The no-JavaScript sweep is its own visit (tests/e2e/no-javascript.spec.ts): a page without its
 * scripts is a different page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devices, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { handoutList, handoutSample, sitemapPaths } from '../support/dist';
import { lostAtDoubleText, reflowWidth, sidewaysScroll } from '../support/reflow';
import { visitFile, visitsDir, type Visit } from '../support/visits';

const idleMs = 750;
type Scheme = 'light' | 'dark';
const regular = handoutList().filter((h) => !h.largePrint);
// Large print is the same markup as its regular handout at a bigger size: one of each kind is visited.
const largePrint = handoutSample().filter((route) => route.startsWith('/print/large/'));
const pages: { path: string; schemes: Scheme[]; searchFor?: string }[] = [
	...[...sitemapPaths(), '/404.html'].map((path) => ({ path, schemes: ['light', 'dark'] as Scheme[] })),
	...regular.map((h) => ({ path: h.route, schemes: ['light'] as Scheme[] })),
	...largePrint.map((path) => ({ path, schemes: [] })),
	{ path: '/search/?q=carer', schemes: ['light'], searchFor: 'carer' },
];
// Text at 200% is checked where the header and the handout bar differ: the home page, a module, a handout.
const doubleTextSample = new Set(['/', '/modules/the-four-roles/', '/print/modules/the-four-roles/']);

test('the sweep covers every page in the sitemap, every handout and large print of each kind', () => {
	expect(sitemapPaths().length).toBeGreaterThan(40);
	expect(regular.length).toBeGreaterThan(40);
	expect(largePrint.length).toBeGreaterThan(3);
	expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
	for (const path of doubleTextSample) expect(pages.map((p) => p.path)).toContain(path);
});

mkdirSync(visitsDir, { recursive: true });

/** What the visit in progress has seen; null between visits, so nothing late is put on the next page. */
interface Seen {
	fetched: Visit['fetched'];
	elsewhere: string[];
	idle: string[];
	errors: string[];
	loaded: boolean;
}

/**
 * One tab per worker, kept from visit to visit, as a first-time reader sees each page all the same:
 * the browser's cache is off (every visit fetches everything, as on a first visit), and cookies and
 * storage are cleared before each one. A fresh tab per page would cost more than the checks: Chromium
 * compiles axe-core anew in every new renderer (1 to 3 s here), and once in a tab that is kept.
 */
const visiting = test.extend<object, { visitor: { page: Page; context: BrowserContext; origin: string; seen: () => Seen | null; start: () => Seen; stop: () => void } }>({
	visitor: [
		async ({ browser }, use, workerInfo) => {
			const baseURL = workerInfo.project.use.baseURL!;
			const { viewport, userAgent, deviceScaleFactor } = devices['Desktop Chrome'];
			const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor });
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			const origin = new URL(baseURL).origin;
			let seen: Seen | null = null;
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (!seen || url.protocol === 'data:') return;
				if (url.origin !== origin) seen.elsewhere.push(request.url());
				// Browsers ask for the favicon once a page has loaded: it counts as part of the first visit.
				else if (seen.loaded && !url.pathname.endsWith('/favicon.svg')) seen.idle.push(url.pathname);
				else seen.fetched.push({ path: url.pathname, kind: request.resourceType() });
			});
			page.on('console', (message) => {
				if (seen && message.type() === 'error') seen.errors.push(message.text());
			});
			page.on('pageerror', (error) => seen?.errors.push(error.message));
			await use({
				page,
				context,
				origin,
				seen: () => seen,
				start: () => (seen = { fetched: [], elsewhere: [], idle: [], errors: [], loaded: false }),
				stop: () => (seen = null),
			});
			await context.close();
		},
		{ scope: 'worker' },
	],
});

for (const { path, schemes, searchFor } of pages) {
	visiting(`one visit: ${path}`, async ({ visitor }) => {
		const { page, context } = visitor;
		// A first-time reader: nothing saved from the page before.
		await context.clearCookies();
		if (page.url().startsWith(visitor.origin)) await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
		await page.emulateMedia({ colorScheme: schemes[0] ?? 'light' });
		const seen = visitor.start();
		try {
			// A static page fetches what it needs while it loads; anything after "load" is fetched while idle.
			await page.goto(path, { waitUntil: 'load' });
			if (searchFor) {
				await expect(page.getByRole('status')).toContainText(`results for “${searchFor}”`);
				await page.waitForLoadState('networkidle');
			}
			seen.loaded = true;
			const loadedAt = Date.now();

			// Every rule in the first scheme; in the second only the colour rules, the only ones a
			// scheme can change (the dark scheme changes colours alone: tests/dist/colour-schemes.test.ts).
			for (const [n, scheme] of schemes.entries()) {
				await page.emulateMedia({ colorScheme: scheme });
				expect.soft(await axeViolations(page, { colourOnly: n > 0 }), `axe, ${scheme} colour scheme`).toEqual([]);
			}
			// Within the idle wait below, so it adds only the time it takes to lay the page out again.
			const viewport = page.viewportSize()!;
			await page.setViewportSize({ width: reflowWidth, height: 640 });
			expect.soft(await sidewaysScroll(page), `sideways scrolling at ${reflowWidth} px`).toBeNull();
			if (doubleTextSample.has(path)) {
				await page.setViewportSize({ width: 640, height: 800 });
				expect.soft(await lostAtDoubleText(page, 640), 'text at 200% in a 640 px window').toEqual([]);
			}
			await page.setViewportSize(viewport);
			await page.waitForTimeout(Math.max(0, idleMs - (Date.now() - loadedAt)));
		} finally {
			visitor.stop();
		}

		expect.soft(seen.elsewhere, 'requests to another origin').toEqual([]);
		expect.soft(seen.errors, 'console errors').toEqual([]);
		expect.soft(await context.cookies(), 'cookies').toEqual([]);
		expect.soft(seen.idle, 'fetched while idle').toEqual([]);
		const visit: Visit = { path, fetched: seen.fetched, idle: seen.idle };
		writeFileSync(join(visitsDir, visitFile(path)), JSON.stringify(visit));
	});
}
