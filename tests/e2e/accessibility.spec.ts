/**
 * Every page in the sitemap, and the 404 page, has no axe violations against WCAG 2.0, 2.1 and 2.2
 * A and AA, in both the light and the dark colour scheme.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { handoutList, sitemapPaths } from '../support/dist';
const pages = [...sitemapPaths(), '/404.html'];

test('the sitemap lists the pages', () => {
	expect(pages.length).toBeGreaterThan(40);
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} colour scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const path of pages) {
			test(`axe: ${path}`, async ({ page }) => {
				await page.goto(path);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}

// Printable pages: every regular-print handout. Large print is the same markup at a bigger size,
// and handouts are meant for paper, so one colour scheme is enough.
test.describe('handouts', () => {
	test.use({ colorScheme: 'light' });
	for (const { route } of handoutList().filter((h) => !h.largePrint)) {
		test(`axe: ${route}`, async ({ page }) => {
			await page.goto(route);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
