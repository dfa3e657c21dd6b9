/**
 * The modules index: filters by role with JavaScript, the same answer through plain links without
 * it, and the curriculum map.
 */
import { expect, test } from '@playwright/test';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { root } from '../support/dist';

const { content } = loadContentFromDisk(`${root}content`, root);
const modules = content.modules.filter((m) => m.data);
const forRole = (role: string) => modules.filter((m) => m.data!.roles.includes(role)).map((m) => m.data!.title).sort();

test('filtering by role shows exactly that role\'s modules, and clearing shows all', async ({ page }) => {
	await page.goto('/modules/');
	const cards = page.locator('[data-module-list] > li:visible h2 a');
	await expect(cards).toHaveCount(modules.length);
	const box = page.getByRole('group', { name: 'Role' }).getByRole('checkbox', { name: 'Citizen leader' });
	await box.focus();
	await page.keyboard.press('Space');
	const expected = forRole('citizen-leader');
	await expect(page.getByRole('status')).toHaveText(`Showing ${expected.length} of ${modules.length} modules.`);
	expect((await cards.allTextContents()).sort()).toEqual(expected);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(cards).toHaveCount(modules.length);
});

test('filters combine: audience and length', async ({ page }) => {
	await page.goto('/modules/');
	await page.getByRole('group', { name: 'Who it is for' }).getByRole('checkbox', { name: 'Professionals, managers and funders' }).check();
	const professional = modules.filter((m) => m.data!.audiences.includes('professional')).length;
	await expect(page.getByRole('status')).toHaveText(`Showing ${professional} of ${modules.length} modules.`);
	for (const text of await page.locator('[data-module-list] > li:visible .meta').allTextContents()) expect(text).toContain('Professionals, managers and funders');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the filters are disabled and plain links give the same lists', async ({ page }) => {
		await page.goto('/modules/');
		// A disabled fieldset disables its boxes; Playwright reads the state from the boxes.
		for (const box of await page.getByRole('group', { name: 'Role' }).getByRole('checkbox').all()) await expect(box).toBeDisabled();
		await expect(page.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
		await page.getByRole('link', { name: 'Modules for the citizen leader role' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules for the citizen leader role');
		expect((await page.locator('[data-module-list] > li h2 a').allTextContents()).sort()).toEqual(forRole('citizen-leader'));
	});

	test('every audience has a list page', async ({ page }) => {
		for (const audience of ['lived-experience', 'trainer', 'professional']) {
			await page.goto(`/modules/audience/${audience}/`);
			const expected = modules.filter((m) => m.data!.audiences.includes(audience as never)).length;
			await expect(page.locator('[data-module-list] > li')).toHaveCount(expected);
		}
	});
});

test('the curriculum map has a table per role with every skill of that role', async ({ page }) => {
	await page.goto('/modules/map/');
	for (const role of content.roles) {
		const table = page.getByRole('table', { name: new RegExp(`Skills of the ${role.data!.title.toLowerCase()} role`) });
		await expect(table.getByRole('rowheader')).toHaveCount(role.data!.skills.length);
	}
});

test('each notes box is named by its question, and each "Large print" link by its handout', async ({ page }) => {
	await page.goto('/modules/the-four-roles/');
	const boxes = page.getByRole('textbox', { name: /^Your notes on this question/ });
	await expect(boxes.first()).toBeVisible();
	const names = await boxes.evaluateAll((areas) =>
		areas.map((area) => (area.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ')),
	);
	expect(names.length).toBeGreaterThan(1);
	expect(new Set(names).size, 'one name per box').toBe(names.length);
	for (const [i, name] of names.entries()) await expect(boxes.nth(i)).toHaveAccessibleName(name);

	const large = page.getByRole('link', { name: /^Large print/ });
	expect(await large.count()).toBeGreaterThan(1);
	const linkNames = await large.evaluateAll((links) => links.map((a) => a.textContent));
	expect(new Set(linkNames).size, 'one name per "Large print" link').toBe(linkNames.length);
});
