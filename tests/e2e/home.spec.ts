/**
 * Journeys from the home page (issue 15), on a phone-sized screen: the reflection one tap away,
 * each "If this has happened to you" entry one tap from its pages, "Carry on where you left off"
 * only once something is saved (and never without JavaScript), the home page's script within the
 * reading-page budget, the reflection findable from the menu, role pages and the getting-started
 * material and labelled "Tools" in search, and the help page listing every contact in settings.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { budgets, gzipBytes } from '../support/budgets';
import { supportContacts } from '../../src/lib/support-contacts';

test.describe.configure({ timeout: 90_000 });
test.use({ viewport: { width: 390, height: 844 } });

const card = (page: Page, situation: string) => page.locator(`[data-situation="${situation}"]`);

test('at 390 px the reflection is one tap from the home page, and the menu has it too', async ({ page }) => {
	await page.goto('/');
	const link = page.getByRole('main').getByRole('link', { name: 'Which roles do I take?' });
	await expect(link).toBeInViewport();
	await link.click();
	await expect(page).toHaveURL(/\/reflection\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which roles do I take?');

	await page.goto('/');
	await page.getByText('Menu', { exact: true }).click();
	await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Which roles do I take?' }).click();
	await expect(page).toHaveURL(/\/reflection\/$/);
});

test('Easy Read is one tap from the home page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('main').getByRole('link', { name: /^Easy Read/ }).click();
	await expect(page).toHaveURL(/\/easy-read\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Easy Read');
});

test('the card for people with lived experience explains the term and leads to a short first step', async ({ page }) => {
	await page.goto('/');
	const lived = page.locator('.card-list > li').filter({ has: page.getByRole('heading', { name: 'I have lived experience' }) });
	await expect(lived).toContainText('is called lived experience');
	await expect(lived).toContainText('about 5 minutes');
	await expect(lived).toContainText('no score');
	// The reflection comes before the path, and the path is offered one part at a time.
	const links = await lived.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(links[0]).toBe('/reflection/');
	expect(links[1]).toMatch(/^\/modules\/[a-z-]+\/$/);
	await expect(lived).toContainText(/part 1 of \d/);
	await expect(lived).toContainText(/The whole path takes \d+ hours?/);
});

const expected: Record<string, string[]> = {
	ignored: ['/challenges/tokenism/', '/challenges/voices-not-heard/'],
	money: ['/challenges/costs-of-taking-part/', '/modules/the-practicalities/', '/help/#benefits'],
	worn: ['/modules/looking-after-yourself-and-finding-peers/', '/help/#talk'],
	new: ['/modules/the-practicalities/'],
};

for (const [situation, targets] of Object.entries(expected)) {
	test(`"If this has happened to you" (${situation}): each page is one tap away`, async ({ page }) => {
		await page.goto('/');
		const links = card(page, situation).getByRole('link');
		const hrefs = await links.evaluateAll((as) => as.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
		for (const target of targets) expect(hrefs).toContain(target);
		for (let i = 0; i < hrefs.length; i++) {
			await page.goto('/');
			const link = card(page, situation).getByRole('link').nth(i);
			const name = (await link.innerText()).trim();
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${hrefs[i].replace(/[.?]/g, '\\$&')}$`));
			const heading = hrefs[i].includes('#') ? page.locator(`[id="${hrefs[i].split('#')[1]}"]`) : page.getByRole('heading', { level: 1 });
			await expect(heading).toBeVisible();
			if (!hrefs[i].includes('#')) await expect(heading).toHaveText(name);
		}
	});
}

test('"Carry on where you left off" appears only after progress is saved, within the script budget', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	const carryOn = page.locator('#carry-on');
	await expect(carryOn).toBeHidden();
	const bytes = scripts.reduce((sum, path) => sum + gzipBytes(path), 0);
	expect(bytes, `home page script at start: ${bytes} bytes gzip`).toBeLessThanOrEqual(budgets.script);

	await page.goto('/modules/what-lived-experience-brings/');
	await page.getByRole('checkbox', { name: 'I have done this module' }).check();
	await page.goto('/');
	await expect(carryOn).toBeVisible();
	const pathLink = carryOn.getByRole('listitem').filter({ hasText: 'Getting started on your own' });
	await expect(pathLink).toContainText('1 of 4 modules done');
	expect(await axeViolations(page)).toEqual([]);
	await pathLink.getByRole('link').click();
	await expect(page).toHaveURL(/\/paths\/getting-started\/$/);
});

test('"Carry on where you left off" stays hidden without JavaScript, even with something saved', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 390, height: 844 } });
	await context.addInitScript(() => localStorage.setItem('many-roles', JSON.stringify({ app: 'many-roles', version: 3, done: { 'the-four-roles': '2026-12-02' }, notes: {}, reflection: null, preferences: {}, plan: null, unmatched: [] })));
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('#carry-on')).toBeHidden();
	await expect(page.getByRole('main').getByRole('link', { name: 'Which roles do I take?' })).toBeVisible();
	await context.close();
});

test('the reflection is linked from every role page, the getting-started path and finding-your-roles, and search calls it a tool', async ({ page }) => {
	for (const path of ['/roles/community-builder/', '/roles/improvement-expert/', '/roles/disruptor-advocate/', '/roles/citizen-leader/', '/paths/getting-started/', '/modules/finding-your-roles/']) {
		await page.goto(path);
		await expect(page.getByRole('main').locator('a[href="/reflection/"]').first(), path).toBeVisible();
	}
	await page.goto('/reflection/');
	await expect(page.locator('main [data-pagefind-filter^="type:"]')).toHaveAttribute('data-pagefind-filter', 'type:Tools');
});

test('the help page lists every support contact in settings, with the country it serves', async ({ page }) => {
	await page.goto('/help/');
	expect(supportContacts.length).toBeGreaterThan(0);
	for (const contact of supportContacts) {
		const item = page.locator(`[data-contact="${contact.name}"]`);
		await expect(item.getByRole('heading', { name: contact.name })).toBeVisible();
		// As read: a term's definition, folded in place until opened, is not part of the sentence.
		await expect(item).toContainText(contact.serves, { useInnerText: true });
		if (contact.phone) await expect(item.locator(`a[href="tel:${contact.phone.number.replace(/\s/g, '')}"]`)).toHaveText(contact.phone.number);
		if (contact.web) await expect(item.locator(`a[href="${contact.web}"]`)).toBeVisible();
	}
	await expect(page.getByRole('main')).toContainText('If you publish this site outside the UK');
	expect(await axeViolations(page)).toEqual([]);
});
