/**
 * Easy Read (issue 17): each Easy Read page is one tap from the regular pages it is a version of
 * and one tap back; the list is in the main navigation; every Easy Read page has no axe
 * violations in light, dark and forced colours, reflows at 320 pixels, keeps its pictures on a
 * light tile, and prints each point whole at 16 point or more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations } from '../support/axe';
import { root } from '../support/dist';

interface Page {
	id: string;
	title: string;
	versionOf: string[];
}
const folder = join(root, 'content/easy-read');
const pages: Page[] = readdirSync(folder)
	.filter((f) => f.endsWith('.md'))
	.map((f) => {
		const data = parse(readFileSync(join(folder, f), 'utf8').split(/^---$/m)[1]) as Omit<Page, 'id'>;
		return { id: f.replace(/\.md$/, ''), title: data.title, versionOf: data.versionOf ?? [] };
	});
const addresses = ['/easy-read/', ...pages.map((p) => `/easy-read/${p.id}/`)];

test('the Easy Read list is in the main navigation and links every Easy Read page', async ({ page }) => {
	await page.goto('/roles/');
	await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Easy Read' }).click();
	await expect(page).toHaveURL(/\/easy-read\/$/);
	for (const p of pages) await expect(page.getByRole('main').getByRole('link', { name: p.title, exact: true })).toHaveAttribute('href', `/easy-read/${p.id}/`);
});

for (const p of pages.filter((p) => p.versionOf.length)) {
	test(`${p.id}: one tap from each regular page it is a version of, and one tap back`, async ({ page }) => {
		for (const regular of p.versionOf) {
			await page.goto(regular);
			await page.getByRole('link', { name: 'Easy Read version' }).click();
			await expect(page).toHaveURL(new RegExp(`/easy-read/${p.id}/$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.title);
		}
		await page.getByRole('link', { name: 'Full version of this page' }).click();
		await expect(page).toHaveURL(new RegExp(`${p.versionOf[0]}$`));
	});
}

// Light and dark colours and 320 px reflow are checked on every page's one visit
// (tests/e2e/every-page.spec.ts), with every rule in light; forced colours, where the pictures keep
// their own, only here. Forced colours change colours alone, so only axe's colour rules can change.
test('every Easy Read page: no axe violations in forced colours', async ({ page }) => {
	test.setTimeout(120_000);
	const problems: string[] = [];
	await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
	for (const address of addresses) {
		await page.goto(address);
		for (const v of await axeViolations(page, { colourOnly: true })) problems.push(`${address} (forced colours): ${v}`);
	}
	expect(problems).toEqual([]);
});

test('pictures sit on a light tile in dark mode and keep their colours in forced colours', async ({ page }) => {
	await page.goto('/easy-read/money/');
	const picture = page.locator('.er-point .picture').first();
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(picture).toHaveCSS('background-color', 'rgb(255, 255, 255)');
	await expect(picture).toHaveAttribute('role', 'img');
	await expect(picture).toHaveAttribute('aria-label', 'A coin.');
	await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
	await expect(picture).toHaveCSS('forced-color-adjust', 'none');
	await expect(picture).toHaveCSS('background-color', 'rgb(255, 255, 255)');
	// The picture is drawn from the page's sprite, and that sprite draws something.
	const box = await picture.boundingBox();
	expect(box!.width).toBeGreaterThan(40);
});

test('the handout prints each point whole, picture left of the words, at 16 point or more', async ({ page }) => {
	for (const p of pages) {
		await page.goto(`/print/easy-read/${p.id}/`);
		await page.emulateMedia({ media: 'print' });
		const points = page.locator('.er-point');
		expect(await points.count(), p.id).toBeGreaterThan(5);
		const styles = await points.evaluateAll((items) =>
			items.map((li) => {
				const words = li.querySelector('.er-words p')!;
				const picture = li.querySelector('.picture')!.getBoundingClientRect();
				return { breakInside: getComputedStyle(li).breakInside, size: parseFloat(getComputedStyle(words).fontSize), leftOf: picture.right <= words.getBoundingClientRect().left };
			}),
		);
		for (const s of styles) expect(s, p.id).toEqual({ breakInside: 'avoid', size: expect.any(Number), leftOf: true });
		// 16 point is 21.33 CSS pixels.
		expect(Math.min(...styles.map((s) => s.size)), p.id).toBeGreaterThanOrEqual(21.3);
	}
});

test('the worksheet works without JavaScript: its choices can be ticked by keyboard', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/easy-read/which-roles-do-i-take/');
	const first = page.getByRole('group', { name: 'I bring people together who face the same things as me.' });
	await first.getByRole('radio', { name: 'A bit like me' }).focus();
	await page.keyboard.press('Space');
	await expect(first.getByRole('radio', { name: 'A bit like me' })).toBeChecked();
	await context.close();
});
