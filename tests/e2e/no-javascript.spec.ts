/** With JavaScript off, the site reads and navigates, the phone menu included. */
import { expect, test } from '@playwright/test';
import { handoutList, handoutSample, sitemapPaths } from '../support/dist';

test.use({ javaScriptEnabled: false });

test('a phone reader opens the menu and reaches a skill from the home page', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const menu = page.locator('summary', { hasText: 'Menu' });
	await menu.focus();
	await page.keyboard.press('Enter');
	const roles = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles', exact: true });
	await expect(roles).toBeVisible();
	await roles.click();
	await expect(page).toHaveURL(/\/roles\/$/);
	await page.getByRole('main').getByRole('link', { name: 'Community builder' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community builder');
	await page.getByRole('main').getByRole('link', { name: 'Building open and trusting relationships' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('trust');
});

// In four parts, so the workers share them: one page without scripts loads in a blink, and a test
// per page would spend more on opening tabs than on the pages. Each part reads its pages in three
// tabs at once: a page without scripts costs the browser little, and most of its time is the
// round trip of the navigation, which three tabs overlap.
// Every template's printable page too: what a manager prints is often opened from a locked-down work computer.
const templatePrints = handoutList().filter((h) => h.kind === 'template' && !h.largePrint).map((h) => h.route);
const everyPage = [...new Set([...sitemapPaths(), ...handoutSample(), ...templatePrints])];
const parts = 4;
const tabs = 3;
for (let part = 0; part < parts; part++) {
	test(`every page shows its content without JavaScript (part ${part + 1} of ${parts})`, async ({ context }) => {
		test.setTimeout(120_000);
		const mine = everyPage.filter((_, i) => i % parts === part);
		expect(mine.length).toBeGreaterThan(10);
		const problems: string[] = [];
		const queue = [...mine];
		let read = 0;
		await Promise.all(
			Array.from({ length: tabs }, async () => {
				const page = await context.newPage();
				for (let path = queue.shift(); path; path = queue.shift()) {
					await page.goto(path);
					// One look at the page as it rendered (no script can change it): its heading is shown and its main text is there.
					const seen = await page.evaluate(() => ({ h1: document.querySelector('h1')?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ?? false, text: document.querySelector('main')?.innerText.length ?? 0 }));
					if (!seen.h1) problems.push(`${path}: no visible h1`);
					if (seen.text <= 200) problems.push(`${path}: main shows only ${seen.text} characters`);
					read++;
				}
			}),
		);
		expect(read).toBe(mine.length);
		expect(problems.sort()).toEqual([]);
	});
}

test('the search page explains itself and offers the lists', async ({ page }) => {
	await page.goto('/search/');
	await expect(page.getByText('Search needs JavaScript')).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: 'Roles', exact: true })).toBeVisible();
});
