/**
 * Next steps on a module page (issue 15, step 3): a module in a path says where it sits and links
 * the modules either side, without JavaScript; a path page starts with its first module.
 */
import { expect, test } from '@playwright/test';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { root } from '../support/dist';

const { content } = loadContentFromDisk(`${root}content`, root);
const title = (collection: 'modules' | 'paths', id: string) => content[collection].find((e) => e.id === id)!.data!.title as string;
// The path's modules as its file lists them: whole modules only (a self-study path).
const path = content.paths.find((p) => p.id === 'getting-started')!;
const steps = (path.data!.steps as { module: string }[]).map((s) => s.module);
const buildsOn = content.paths.filter((p) => (p.data!.prerequisites as string[]).includes('getting-started')).map((p) => p.data!.title as string);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a reader goes through a path from its start to its end by the next links', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/paths/getting-started/');
		const start = page.locator('main p', { hasText: 'Start with module 1:' });
		await expect(start).toHaveText(`Start with module 1: ${title('modules', steps[0])}`);
		await start.getByRole('link').click();
		for (const [i, id] of steps.entries()) {
			await expect(page).toHaveURL(new RegExp(`/modules/${id}/$`));
			const where = `Module ${i + 1} of ${steps.length} in ${path.data!.title}`;
			// Under the heading, and again with the next steps at the end.
			await expect(page.locator('main ul.meta li', { hasText: where })).toBeVisible();
			const block = page.locator('.path-places .panel', { hasText: where });
			await expect(block).toBeVisible();
			if (i > 0) await expect(block.getByRole('link', { name: title('modules', steps[i - 1]) })).toBeVisible();
			else await expect(block).not.toContainText('Before this:');
			if (i < steps.length - 1) await block.getByRole('link', { name: title('modules', steps[i + 1]) }).click();
			else {
				await expect(block).toContainText('This is the last module in the path.');
				for (const next of buildsOn) await expect(block.getByRole('link', { name: next })).toBeVisible();
				expect(buildsOn.length).toBeGreaterThan(0);
			}
		}
	});

	test('a module in two paths shows its place in each', async ({ page }) => {
		const twice = content.modules.find((m) => content.paths.filter((p) => (p.data!.steps as { module?: string }[]).some((s) => s.module === m.id)).length > 1)!;
		const its = content.paths.filter((p) => (p.data!.steps as { module?: string }[]).some((s) => s.module === twice.id));
		await page.goto(`/modules/${twice.id}/`);
		await expect(page.locator('.path-places .panel')).toHaveCount(its.length);
		for (const p of its) await expect(page.locator('.path-places').getByRole('link', { name: p.data!.title as string, exact: true })).toBeVisible();
	});
});
