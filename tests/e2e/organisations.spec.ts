/**
 * The organisations' toolkit: the home page's professional card leads to the landing page, the
 * Monday brief prints on one side of A4 and leads back to the landing page, the landing page links
 * the evaluation module, the evidence page and the acronyms, and every template has its page,
 * printable page and Word document, linked from the landing page. (Without JavaScript, every template
 * page and printable page is read in tests/e2e/no-javascript.spec.ts; the Word documents are opened
 * in tests/dist/templates.test.ts.)
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

test('the landing page links how to know whether it worked, the evidence and the acronyms, and each opens', async ({ page }) => {
	const linked = [
		['/modules/evaluating-involvement/', 'Evaluating involvement: how to know whether it worked'],
		['/templates/evaluation-questions/', 'Questions to check whether involvement worked'],
		['/templates/you-said-we-did/', 'You said, we did'],
		['/guides/the-evidence-and-its-limits/', 'The evidence on involvement, and its limits'],
		['/templates/acronyms/', 'Acronyms: a list to extend'],
	];
	for (const [path, title] of linked) {
		await page.goto('/organisations/');
		const link = page.locator(`main a[href="${path}"]`).first();
		await expect(link, path).toHaveText(title);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${path}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	}
});

test('the printable brief leads back to the landing page, by that page\'s name', async ({ page }) => {
	await page.goto('/print/briefs/monday-brief/');
	const back = page.getByRole('link', { name: 'Back to the page: For professionals, managers, commissioners and funders' });
	await expect(back).toHaveAttribute('href', '/organisations/');
});
