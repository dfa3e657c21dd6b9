/**
 * The organisations' toolkit: the home page's professional card leads to the landing page, the
 * Monday brief prints on one side of A4, and both read without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { countPages } from '../../scripts/make-pdfs.mjs';

test('the professional card on the home page leads to the landing page, which starts with the brief', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Start with the 15-minute brief' }).click();
	await expect(page).toHaveURL(/\/organisations\/$/);
	await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('The Monday brief');
	for (const name of ['Learning paths for professionals', 'Modules for professionals'])
		await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
});

test('the Monday brief prints on one side of A4', async ({ page }) => {
	await page.goto('/print/briefs/monday-brief/');
	await page.emulateMedia({ media: 'print' });
	// The margins and footer space scripts/make-pdfs.mjs prints with.
	const pdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<span style="font-size: 8.5pt">1</span>', margin: { top: '16mm', right: '15mm', bottom: '20mm', left: '15mm' } });
	expect(countPages(pdf)).toBe(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the landing page and the printable brief read in full', async ({ page }) => {
		for (const path of ['/organisations/', '/print/briefs/monday-brief/']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
			expect((await page.getByRole('main').innerText()).length, path).toBeGreaterThan(300);
		}
	});
});
