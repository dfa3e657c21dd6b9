/**
 * Next steps on a module page (issue 15, step 3): a module in a path says where it sits and links
 * the modules either side, without JavaScript; a path page starts with its first module; "On your
 * own / In a group" shows only that way's activities and steps, works without JavaScript and, with
 * it, is remembered.
 */
import { expect, test } from '@playwright/test';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { root } from '../support/dist';

const { content } = loadContentFromDisk(`${root}content`, root);
const title = (collection: 'modules' | 'paths', id: string) => content[collection].find((e) => e.id === id)!.data!.title as string;
// The path's modules as its file lists them: whole modules only (a self-study path).
const path = content.paths.find((p) => p.id === 'getting-started')!;
const steps = (path.data!.steps as { module: string }[]).map((s) => s.module);
// A module taken both ways, with activities for one way only on each side.
type Act = { id: string; title: string; mode?: string };
const both = content.modules.find((m) => m.id === 'the-four-roles')!;
const acts = both.data!.activities as Act[];
const forWay = (way: string) => acts.filter((a) => (a.mode ?? 'both') === 'both' || a.mode === way).map((a) => a.title);
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

/** The titles of the activities shown, without their numbers; and that each shows one list of steps. */
async function shownActivities(page: import('@playwright/test').Page) {
	const sections = page.locator('section.activity:visible');
	const titles = (await sections.locator('h3').allInnerTexts()).map((t) => t.replace(/^\d+\. /, ''));
	for (let i = 0; i < (await sections.count()); i++) await expect(sections.nth(i).locator('ol:visible')).toHaveCount(1);
	return titles;
}

test('the way chosen shows only its activities, numbered from 1, and is remembered after a reload', async ({ page }) => {
	expect(forWay('group')).not.toEqual(forWay('self-study'));
	await page.goto(`/modules/${both.id}/`);
	const ways = page.getByRole('group', { name: 'Show the activities for' });
	await expect(ways.getByRole('radio', { name: 'On your own' })).toBeChecked();
	await ways.getByRole('radio', { name: 'In a group' }).check();
	expect(await shownActivities(page)).toEqual(forWay('group'));
	await page.reload();
	await expect(ways.getByRole('radio', { name: 'In a group' })).toBeChecked();
	expect(await shownActivities(page)).toEqual(forWay('group'));
	// Numbered as this way takes them: the hidden way's number is not part of the heading's name.
	await expect(page.getByRole('heading', { name: `2. ${forWay('group')[1]}`, exact: true })).toBeVisible();

	await ways.getByRole('radio', { name: 'On your own' }).check();
	await page.reload();
	await expect(ways.getByRole('radio', { name: 'On your own' })).toBeChecked();
	expect(await shownActivities(page)).toEqual(forWay('self-study'));
	await expect(page.getByRole('heading', { name: `1. ${forWay('self-study')[0]}`, exact: true })).toBeVisible();
	await expect(page.getByText('If you are working on your own').first()).toBeVisible();
});

test.describe('without JavaScript, both ways', () => {
	test.use({ javaScriptEnabled: false });

	test('read in turn: on your own first, in a group by the radio button', async ({ page }) => {
		await page.goto(`/modules/${both.id}/`);
		expect(await shownActivities(page)).toEqual(forWay('self-study'));
		await page.getByRole('radio', { name: 'In a group' }).check();
		expect(await shownActivities(page)).toEqual(forWay('group'));
	});
});
