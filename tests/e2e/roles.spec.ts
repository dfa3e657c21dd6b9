/** Each role page lists every skill and challenge the role declares, as links. */
import { expect, test } from '@playwright/test';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { root } from '../support/dist';

const { content } = loadContentFromDisk(`${root}content`, root);

test('there are four roles', () => {
	expect(content.roles.map((r) => r.id).sort()).toEqual(['citizen-leader', 'community-builder', 'disruptor-advocate', 'improvement-expert']);
});

for (const role of content.roles) {
	test(`${role.id} lists its skills and challenges`, async ({ page }) => {
		await page.goto(`/roles/${role.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.data!.title);
		const main = page.getByRole('main');
		for (const { skill } of role.data!.skills) {
			const title = content.skills.find((s) => s.id === skill)!.data!.title;
			// A module may share a skill's title, so look for the link by its name and its address together.
			await expect(main.getByRole('link', { name: title, exact: true }).and(page.locator(`a[href="/skills/${skill}/"]`)).first()).toBeVisible();
		}
		for (const id of role.data!.challenges) {
			const title = content.challenges.find((c) => c.id === id)!.data!.title;
			await expect(main.getByRole('link', { name: title, exact: true }).and(page.locator(`a[href="/challenges/${id}/"]`)).first()).toBeVisible();
		}
	});
}

test('the skills matrix is a table with a header for every role', async ({ page }) => {
	await page.goto('/skills/');
	const table = page.getByRole('table');
	for (const role of content.roles) await expect(table.getByRole('columnheader', { name: role.data!.title })).toBeVisible();
	await expect(table.getByRole('rowheader')).toHaveCount(content.skills.length);
});
