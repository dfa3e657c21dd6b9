/**
 * The organisations' toolkit: the home page's professional card leads to the landing page, the
 * Monday brief prints on one side of A4, and every template has its page, printable page and Word
 * document, linked from the landing page and readable without JavaScript. (The Word documents
 * themselves are opened in tests/dist/templates.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { countPages } from '../../scripts/make-pdfs.mjs';
import { handoutList } from '../support/dist';

const templates = handoutList().filter((h) => h.kind === 'template');

test('the professional card on the home page leads to the landing page, which starts with the brief', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Start with the 15-minute brief' }).click();
	await expect(page).toHaveURL(/\/organisations\/$/);
	await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('The Monday brief');
	for (const name of ['Learning paths for professionals', 'Modules for professionals', 'Templates to adapt'])
		await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
});

test('the Monday brief prints on one side of A4', async ({ page }) => {
	await page.goto('/print/briefs/monday-brief/');
	await page.emulateMedia({ media: 'print' });
	// The margins and footer space scripts/make-pdfs.mjs prints with.
	const pdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<span style="font-size: 8.5pt">1</span>', margin: { top: '16mm', right: '15mm', bottom: '20mm', left: '15mm' } });
	expect(countPages(pdf)).toBe(1);
});

test('the landing page links every template, and each template page links its printable page and Word document', async ({ page }) => {
	expect(templates.length).toBeGreaterThan(0);
	await page.goto('/organisations/');
	for (const template of templates) await expect(page.getByRole('link', { name: template.title, exact: true })).toBeVisible();
	const first = templates[0];
	await page.getByRole('link', { name: first.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
	await expect(page.getByRole('link', { name: /Word document/ })).toHaveAttribute('href', /\/handouts\/template-.+\.docx$/);
	await expect(page.getByRole('link', { name: /Printable page/ })).toHaveAttribute('href', new RegExp(`${first.route}$`));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the landing page, the templates and their printable pages read in full', async ({ page }) => {
		// Two pages per template (13 now, the session sheets among them): longer than one page's test on a shared machine.
		test.setTimeout(90_000);
		for (const path of ['/organisations/', '/templates/', ...templates.flatMap((t) => [t.route.replace('/print/', '/'), t.route])]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
			expect((await page.getByRole('main').innerText()).length, path).toBeGreaterThan(300);
		}
	});
});
