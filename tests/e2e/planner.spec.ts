/**
 * The session planner, its pack and its room view, on the built site. Everything a trainer does
 * here is done with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys, typing): no
 * clicks and no programmatic focus. axe runs in each state; nothing may come from another origin.
 */
import { axeViolations } from '../support/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dist, htmlFiles, root } from '../support/dist';

const planner = '/sessions/planner/';
const storageKey = 'many-roles';
// A ready-made session of whole modules and breaks (the induction takes single activities, tested in sessions.spec.ts).
const workshop = ['Lived expertise is expertise', 'Break', 'Recognising and ending tokenism', 'Break', 'Involving people from the outset'];

// A 24-hour clock, so typing "1330" into the start time means 13:30.
test.use({ locale: 'en-GB' });

async function axe(page: Page, state: string) {
	expect(await axeViolations(page), state).toEqual([]);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, back = false) {
	for (let i = 0; i < 120; i++) {
		if (await target.evaluate((node) => node === document.activeElement)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`could not reach ${target} with the Tab key`);
}

/** Watches for requests to other origins and for errors, from the start of the test. */
function watch(page: Page, baseURL: string) {
	const origin = new URL(baseURL).origin;
	const problems: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin !== origin && url.protocol !== 'data:') problems.push(`other origin: ${r.url()}`);
	});
	page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	return problems;
}

const items = (page: Page) => page.locator('#planner-items > li');
const itemTitles = (page: Page) => page.locator('#planner-items > li strong').allInnerTexts();
const firstClock = (page: Page) => page.locator('#planner-rows tr').first().locator('td').first();
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), storageKey);

test('a trainer builds, reorders and times a session by keyboard, and finds it again', async ({ page, baseURL }) => {
	// Many key presses, and axe three times: slower than one page's test on a shared machine.
	test.setTimeout(120_000);
	const problems = watch(page, baseURL!);
	await page.goto(planner);
	await expect(page.locator('#planner-empty')).toBeVisible();
	await axe(page, 'empty');

	// Start from the workshop for professionals: arrow keys choose it in the list (third, after the
	// induction and the World Café), Enter presses the button.
	const from = page.getByLabel('A ready-made session, or nothing');
	await tabTo(page, from);
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
	await expect(from).toHaveValue('receptive-practice');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Start from this' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Started from Receptive practice: a workshop for professionals');
	await expect(items(page)).toHaveCount(5);
	expect(await itemTitles(page)).toEqual(workshop);
	await expect(firstClock(page)).toHaveText('09:30');
	await expect(page.getByLabel('Start time')).toHaveValue('09:30');
	await axe(page, 'from a ready-made session');

	// Move the first module down with Enter: focus stays on its button, the move is announced.
	const first = (await itemTitles(page))[0];
	const down = items(page).nth(0).getByRole('button', { name: `Move down: ${first}` });
	await tabTo(page, down);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(`Moved ${first} to position 2 of 5`);
	expect((await itemTitles(page))[1]).toBe(first);
	await expect(items(page).nth(1).getByRole('button', { name: `Move down: ${first}` })).toBeFocused();
	await axe(page, 'after reorder');

	// And back up with Space: at the top "Move up" is disabled, so focus moves to its "Move down".
	await page.keyboard.press('Shift+Tab');
	await expect(items(page).nth(1).getByRole('button', { name: `Move up: ${first}` })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByRole('status')).toHaveText(`Moved ${first} to position 1 of 5`);
	await expect(items(page).nth(0).getByRole('button', { name: `Move down: ${first}` })).toBeFocused();

	// Move the first break to the end, so the saved plan differs from the ready-made one.
	await page.keyboard.press('Tab'); // Remove of item 1
	await tabTo(page, items(page).nth(1).getByRole('button', { name: 'Move down: Break' }));
	for (const position of [3, 4, 5]) {
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText(`Moved Break to position ${position} of 5`);
	}
	await expect(items(page).nth(4).getByRole('button', { name: 'Move up: Break' })).toBeFocused();

	// A new start time moves every clock time.
	const start = page.getByLabel('Start time');
	// Shift+Tab would land on the minutes; come in from the title field so typing starts at the hours.
	await tabTo(page, page.getByLabel('Title of the session (optional)'), true);
	await page.keyboard.press('Tab');
	await expect(start).toBeFocused();
	await page.keyboard.type('1330');
	await expect(start).toHaveValue('13:30');
	await expect(firstClock(page)).toHaveText('13:30');
	await expect(page.locator('#planner-total')).toContainText('Starts at 13:30, ends at 19:');
	expect(page.url()).toContain('start=1330');

	// Add one activity and a lunch break, by keyboard.
	const add = page.getByLabel('Module or single activity');
	await tabTo(page, add);
	await page.keyboard.press('ArrowDown'); // activity 1 of the first module in the list
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/^Added .+ at position 6 of 6$/);
	const minutes = page.getByLabel('Break length in minutes (5 to 90)');
	await tabTo(page, minutes);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('120');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Lunch');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByText('A break must be from 5 to 90 minutes long.')).toBeVisible();
	await expect(minutes).toBeFocused();
	await expect(items(page)).toHaveCount(6);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('45');
	await tabTo(page, page.getByRole('button', { name: 'Add a break' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Added Lunch at position 7 of 7');
	await expect(page.getByText('A break must be from 5 to 90 minutes long.')).toBeHidden();

	const plan = await itemTitles(page);
	const url = page.url();
	expect(url).toContain('i=_break.45.Lunch');
	expect(JSON.parse((await saved(page))!)).toMatchObject({ version: 3, plan: { start: '13:30', title: 'Receptive practice: a workshop for professionals' } });
	expect(JSON.parse((await saved(page))!).plan.items).toHaveLength(7);

	// Reload: the link holds the plan. Open the bare page: storage holds it.
	await page.reload();
	expect(await itemTitles(page)).toEqual(plan);
	await expect(firstClock(page)).toHaveText('13:30');
	await page.goto(planner);
	expect(await itemTitles(page)).toEqual(plan);
	await expect(page.getByLabel('Start time')).toHaveValue('13:30');
	expect(page.url()).toBe(url);

	// Clear empties the plan and what is saved.
	await tabTo(page, page.getByRole('button', { name: 'Clear plan' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Plan cleared');
	await expect(items(page)).toHaveCount(0);
	expect(JSON.parse((await saved(page))!).plan).toBeNull();
	expect(problems).toEqual([]);
});

test('a link the planner cannot read says why and leaves the saved plan alone', async ({ page, baseURL }) => {
	const problems = watch(page, baseURL!);
	await page.goto(`${planner}?v=3&start=0900&title=Mine&i=the-four-roles&i=_break.10`);
	const before = await saved(page);
	expect(JSON.parse(before!).plan).toMatchObject({ title: 'Mine', start: '09:00' });

	const cases: [string, string][] = [
		['?v=3&start=0930&i=no-such-module', 'names a module that is not on this site (no-such-module)'],
		['?v=7&start=0930&i=the-four-roles', 'comes from a version of the planner this site does not know'],
		['?v=3&start=2590&i=the-four-roles', 'has a start time that is not a time of day'],
		['?v=3&start=0930&i=the-four-roles.no-such-activity', 'names an activity that the module does not have (the-four-roles.no-such-activity)'],
		['?v=2&start=0930&i=the-four-roles.99', 'asks for an activity that the module does not have (the-four-roles.99)'],
		['?v=3&start=0930&i=_break.200', 'has a break that is shorter than 5 or longer than 90 minutes'],
		['?v=3&start=0930&i=the%20four', 'is damaged or incomplete'],
	];
	for (const [query, words] of cases) {
		await page.goto(planner + query);
		await expect(page.getByRole('alert')).toContainText(words);
		await expect(page.getByRole('alert')).toContainText('Your saved plan has not been changed.');
		expect(await saved(page), query).toBe(before);
		// The saved plan is still the one shown.
		await expect(items(page)).toHaveCount(2);
	}
	await axe(page, 'error message shown');

	// A version-1 link (modules only) opens and is brought up to date. A different plan of the
	// person's own is saved, so the link's plan is saved only once they change it.
	await page.goto(`${planner}?modules=the-four-roles,recognising-tokenism&start=11:00`);
	await expect(page.getByRole('alert')).toContainText('came from an older version of the planner');
	await expect(page.getByRole('alert')).toContainText('The plan you saved before is kept until you change this one');
	await expect(items(page)).toHaveCount(2);
	await expect(firstClock(page)).toHaveText('11:00');
	expect(page.url()).toContain('?v=3&start=1100&i=the-four-roles&i=recognising-tokenism');
	expect(await saved(page)).toBe(before);
	await page.getByRole('button', { name: /^Move down/ }).first().click();
	await expect.poll(async () => JSON.parse((await saved(page))!).plan.items).toEqual([{ kind: 'module', module: 'recognising-tokenism' }, { kind: 'module', module: 'the-four-roles' }]);
	expect(problems).toEqual([]);
});

test('with saved data it cannot read, the planner works from the link and never writes', async ({ page }) => {
	const newer = JSON.stringify({ app: 'many-roles', version: 99, done: {}, notes: {}, reflection: null, preferences: {}, plan: null, future: true });
	await page.addInitScript(([key, text]) => localStorage.getItem(key) ?? localStorage.setItem(key, text), [storageKey, newer]);
	await page.goto(`${planner}?v=3&start=0930&i=the-four-roles`);
	await expect(page.getByText('comes from a newer version of the site. The planner will not save your plan there')).toBeVisible();
	await expect(items(page)).toHaveCount(1);
	await tabTo(page, page.getByRole('button', { name: 'Add a break' }));
	await page.keyboard.press('Enter');
	await expect(items(page)).toHaveCount(2);
	expect(page.url()).toContain('i=_break.15');
	expect(await saved(page)).toBe(newer);
});

/** The first facilitator note of a module, from its content file (notes appear only in the facilitator view). */
function firstNote(id: string): string {
	const text = readFileSync(join(root, 'content', 'modules', `${id}.md`), 'utf8');
	const note = /facilitatorNotes:\s*\n\s*-\s*["']?(.+)/.exec(text)?.[1];
	if (!note) throw new Error(`${id} has no facilitator notes`);
	return note.slice(0, 40);
}

test('the pack for a plan has its timetable and every module’s facilitator notes and handout', async ({ page, baseURL }) => {
	// Several pages, each checked with axe: about 30 s on a busy two-core machine.
	test.setTimeout(120_000);
	const problems = watch(page, baseURL!);
	const chosen = ['the-four-roles', 'recognising-tokenism'];
	await page.goto(`${planner}?v=3&start=0930&title=Our+session&i=${chosen[0]}&i=_break.15.Tea&i=${chosen[1]}.what-tokenism-is`);
	await tabTo(page, page.getByRole('link', { name: 'Open the session pack' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sessions\/planner\/pack\/\?v=3&start=0930&title=Our\+session/);
	await expect(page.getByRole('status')).toHaveText('The session pack is ready.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our session');
	await expect(page.locator('#pack-body tbody tr').first()).toContainText('09:30');
	await expect(page.locator('#pack-body')).toContainText('Tea');
	for (const id of chosen) {
		await expect(page.locator('#pack-body'), id).toContainText(firstNote(id));
	}
	// Each module's two handouts are in: its facilitator version and its participant version.
	await expect(page.locator('.pack-facilitator')).toHaveCount(2);
	await expect(page.locator('.pack-participant')).toHaveCount(2);
	const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((node) => node.id));
	expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'no id twice').toEqual([]);
	await axe(page, 'the pack');

	// A room view of one activity and a break: one section at a time, moved on by keyboard.
	await page.goto(`/sessions/planner/room/?v=3&start=0930&i=${chosen[0]}.welcome&i=_break.10.Tea`);
	const sections = page.locator('[data-room-slide]');
	await expect(sections).toHaveCount(2);
	await expect(sections.first()).toBeVisible();
	await expect(sections.first().locator('.room-context')).toContainText('starts at 09:30');
	await expect(sections.nth(1)).toBeHidden();
	await expect(page.locator('[data-room-left]')).toHaveText(/^\d+:00$/);
	await axe(page, 'the room view');
	await page.keyboard.press('ArrowRight');
	await expect(sections.nth(1)).toBeVisible();
	await expect(sections.nth(1)).toContainText('Tea');
	await expect(page.locator('[data-room-live]')).toHaveText('Now showing: Tea');
	await expect(page.locator('[data-room-left]')).toHaveText('10:00');
	// A pack from a bad link says why.
	await page.goto('/sessions/planner/pack/?v=3&start=0930&i=gone');
	await expect(page.getByRole('alert')).toContainText('names a module that is not on this site (gone)');
	expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the planner and its pack say they need it and offer the ready-made sessions', async ({ page }) => {
		for (const path of [planner, '/sessions/planner/pack/']) {
			await page.goto(path);
			await expect(page.getByText('needs JavaScript').first(), path).toBeVisible();
			for (const name of ['Induction day for new lived-experience partners', 'A World Café on the four roles', 'Receptive practice: a workshop for professionals']) {
				await expect(page.getByRole('link', { name }), path).toBeVisible();
			}
			await expect(page.getByRole('button', { name: 'Add' })).toHaveCount(0);
		}
	});
});

test('the planner’s script loads on the planner’s pages only', () => {
	const scripts = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
	const own = new Set<string>();
	const elsewhere: string[] = [];
	for (const file of htmlFiles()) {
		const path = relative(dist, file);
		const srcs = scripts(readFileSync(file, 'utf8'));
		if (path.startsWith('sessions/planner/')) srcs.forEach((src) => own.add(src));
		else elsewhere.push(...srcs.map((src) => `${path}: ${src}`));
	}
	expect(own.size).toBe(3);
	// Another page's script, and whatever it imports, must not be or pull in the planner's code.
	const chunk = (src: string) => readFileSync(join(dist, src), 'utf8');
	// My data links a saved plan back to the planner, so it carries the link encoder (plan.ts), not the planner.
	const carriesPlanner = (line: string) => own.has(line.split(': ')[1]) || (!line.startsWith('my-data/') && /planner/i.test(chunk(line.split(': ')[1])));
	expect(elsewhere.filter(carriesPlanner)).toEqual([]);
	expect([...own].every((src) => /planner\.[\w-]+\.js/.test(chunk(src)))).toBe(true);
});

test('Copy link copies the plan’s address, or selects it where there is no clipboard', async ({ page, context }) => {
	const link = `${planner}?v=3&start=0930&i=the-four-roles`;
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(link);
	await tabTo(page, page.getByRole('button', { name: 'Copy link' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(link, page.url()).href);

	// No clipboard: the read-only field gets focus with the link selected, and the page says so.
	await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
	await page.reload();
	await tabTo(page, page.getByRole('button', { name: 'Copy link' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('Could not copy the link');
	const field = page.getByLabel('Link to this plan');
	await expect(field).toBeFocused();
	expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart!, input.selectionEnd!))).toContain('i=the-four-roles');
});

test('a version-2 link opens the same activities and is rewritten to version 3, naming them by id', async ({ page }) => {
	// Made by the site before activities were named by id: the 2nd group activity of each module.
	await page.goto(`${planner}?v=2&start=0930&i=the-four-roles.2&i=recognising-tokenism.3&i=_break.10.Tea`);
	await expect(page.getByRole('alert')).toContainText('came from an older version of the planner');
	expect(await itemTitles(page)).toEqual(['Read about the four roles', 'Case study: a token involvement', 'Tea']);
	expect(new URL(page.url()).search).toBe('?v=3&start=0930&i=the-four-roles.read-the-four-roles&i=recognising-tokenism.token-case-study&i=_break.10.Tea');
	expect(JSON.parse((await saved(page))!).plan.items).toEqual([
		{ kind: 'activity', module: 'the-four-roles', activity: 'read-the-four-roles' },
		{ kind: 'activity', module: 'recognising-tokenism', activity: 'token-case-study' },
		{ kind: 'break', minutes: 10, label: 'Tea' },
	]);
});

test('every ready-made session loaded in the planner shows exactly the clock times of its own page', async ({ page }) => {
	test.setTimeout(90_000);
	const from = page.getByLabel('A ready-made session, or nothing');
	await page.goto(planner);
	const ids = (await from.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
	expect(ids.length).toBeGreaterThan(1);
	for (const id of ids) {
		await page.goto(`/sessions/${id}/`);
		const table = page.locator('[data-session-timetable]');
		// Every row with a clock time but the rows that name a whole module (the planner lists those as items).
		const expected = await table.locator('tbody tr:not(.part-row)').evaluateAll((rows) => rows.map((row) => row.querySelector('td')!.textContent!.trim()));
		const end = (await table.locator('[data-session-end]').innerText()).trim();
		await page.goto(planner);
		await from.selectOption(id);
		await page.getByRole('button', { name: 'Start from this' }).click();
		const shown = await page.locator('#planner-rows tr').evaluateAll((rows) => rows.map((row) => row.querySelector('td')!.textContent!.trim()));
		expect(shown, id).toEqual(expected);
		await expect(page.locator('#planner-total'), id).toContainText(`ends at ${end}.`);
	}
});
