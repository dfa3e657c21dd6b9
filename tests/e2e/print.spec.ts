/**
 * Print, as a browser prints: on every kind of page, navigation, search and controls are hidden,
 * links print their full address (an internal one after the configured site's address), and
 * handouts print their web address and QR code. On screen a handout has a Print button (with
 * JavaScript) beside the plain instruction.
 */
import { expect, test } from '@playwright/test';
import { settings } from '../../src/settings';
import { handoutSample } from '../support/dist';

const ordinary = ['/', '/roles/community-builder/', '/skills/using-stories/', '/challenges/tokenism/', '/guides/co-production/', '/modules/the-four-roles/', '/paths/getting-started/', '/sessions/induction-day/', '/sessions/induction-day/room/', '/glossary/', '/handouts/'];

for (const path of [...ordinary, ...handoutSample()]) {
	test(`print: ${path}`, async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// Navigation, search and buttons have no place on paper: none of them is shown (looked at in one go).
		// A glossary term's button is the exception: it prints as the words of its sentence, its definition after it.
		const shown = await page.locator('nav, form, button:not(.term), .skip-link, .no-print').evaluateAll((elements) =>
			elements.filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true })).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`),
		);
		expect(shown, 'shown on paper').toEqual([]);
		// A link in the text prints where it goes.
		const link = page.locator('main a[href^="/"]:not(.term):not([href^="/#"]), main a[href^="http"]').first();
		if (path.startsWith('/print/')) {
			await expect(page.locator('.handout-url')).toContainText('http');
			await expect(page.locator('.qr-wrap svg')).toBeVisible();
		} else {
			await expect(link).toBeAttached();
		}
		if (await link.count()) {
			const [href, after] = await link.evaluate((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]);
			const address = href!.startsWith('/') ? `${settings.url.replace(/\/$/, '')}${href}` : href!;
			expect(after, `${path}: the link to ${href} prints its full address`).toContain(address);
		}
	});
}

test('large print is larger', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	const size = async (path: string) => {
		await page.goto(path);
		return page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
	};
	const regular = await size('/print/modules/the-four-roles/');
	const large = await size('/print/large/modules/the-four-roles/');
	expect(large).toBeGreaterThanOrEqual(regular * 1.5);
	expect(large).toBeGreaterThanOrEqual(24); // 18 pt
});

test('a handout has a Print button that opens the print dialog, and says how to print without it', async ({ page, browser, baseURL }) => {
	await page.addInitScript(() => {
		window.print = () => void ((window as unknown as { printed: number }).printed = 1);
	});
	await page.goto('/print/modules/the-four-roles/');
	const toolbar = page.getByRole('navigation', { name: 'About this handout' });
	await expect(toolbar).toContainText('Print command (Ctrl+P');
	await toolbar.getByRole('button', { name: 'Print this page' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);

	const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const plain = await noScript.newPage();
	await plain.goto('/print/modules/the-four-roles/');
	await expect(plain.getByRole('navigation', { name: 'About this handout' })).toContainText('Print command (Ctrl+P');
	await expect(plain.getByRole('button', { name: 'Print this page' })).toBeHidden();
	await noScript.close();
});

// A reading page ends in "Where this comes from": on screen its full citations fold away behind a
// summary that names each source, open without JavaScript; on paper they are always shown.
const readingPages = ['/roles/community-builder/', '/skills/using-stories/', '/challenges/tokenism/', '/guides/co-production/', '/modules/the-four-roles/', '/paths/getting-started/'];
test('"Where this comes from" is folded on screen, opens without JavaScript, and is open on paper', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	for (const path of readingPages) {
		await page.emulateMedia({ media: 'screen' });
		await page.goto(path);
		const section = page.getByRole('region', { name: 'Where this comes from' });
		const citation = section.getByRole('listitem').first();
		await expect(section.locator('summary'), path).toContainText(/^Based on .+\(\d{4}\)/);
		await expect(citation, `${path}: folded on screen`).toBeHidden();
		await section.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(citation, `${path}: opens from the keyboard`).toBeVisible();
		await expect(citation).toContainText(/doi:|https?:|ISBN/);
		await page.emulateMedia({ media: 'print' });
		await page.reload();
		await expect(citation, `${path}: open on paper`).toBeVisible();
	}
	await context.close();
});
