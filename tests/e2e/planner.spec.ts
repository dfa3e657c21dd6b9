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
	// The first activity of a module the plan already runs (the workshop's first module).
	const again = await add.evaluate((select: HTMLSelectElement) => [...select.options].find((o) => o.value.startsWith('lived-expertise-as-expertise.'))!.value);
	await add.selectOption(again);
	await expect(add).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/^Added .+ at position 6 of 6\. It is already in the plan, at position \d\. You can undo this\.$/);
	await expect(page.locator('#planner-undo')).toBeVisible();
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

	// Clear empties the plan and what is saved; Undo puts it all back, and focus goes to the plan.
	await tabTo(page, page.getByRole('button', { name: 'Clear plan' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Plan cleared. You can undo this.');
	await expect(items(page)).toHaveCount(0);
	expect(JSON.parse((await saved(page))!).plan).toBeNull();
	await tabTo(page, page.getByRole('button', { name: 'Undo' }), true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Undone. The plan is back as it was.');
	expect(await itemTitles(page)).toEqual(plan);
	await expect(page.getByRole('heading', { name: 'Your plan' })).toBeFocused();
	expect(page.url()).toBe(url);
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

/** The titles of a module's group activities, from the planner's data island. */
async function activityTitles(page: Page, module: string): Promise<{ id: string; title: string }[]> {
	return page.evaluate((id) => JSON.parse(document.getElementById('planner-data')!.textContent!).modules.find((m: { id: string }) => m.id === id).data.activities, module);
}

test('a trainer cuts a session down to single activities by keyboard, and its pack prints exactly those', async ({ page, baseURL }) => {
	// Many key presses, axe twice and a PDF: slower than one page's test on a shared machine.
	test.setTimeout(150_000);
	const problems = watch(page, baseURL!);
	const module = 'the-four-roles';
	await page.goto(`${planner}?v=3&start=1000&title=Short+session&i=${module}&i=_break.10.Tea&i=recognising-tokenism`);
	const all = await activityTitles(page, module);

	// Split the first module into its activities: the same times, one item each.
	const before = await page.locator('#planner-rows td:first-child').allInnerTexts();
	await tabTo(page, page.getByRole('button', { name: /^Split into activities: The four roles/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(`Split The four roles and how people move between them into ${all.length} activities. You can undo this.`);
	expect(await itemTitles(page)).toEqual([...all.map((a) => a.title), 'Tea', 'Recognising and ending tokenism']);
	expect(await page.locator('#planner-rows td:first-child').allInnerTexts()).toEqual(before);
	// Focus stays where the module was: on the first activity's Remove. Remove two activities.
	await expect(items(page).nth(0).getByRole('button', { name: `Remove: ${all[0].title}` })).toBeFocused();
	await tabTo(page, items(page).nth(2).getByRole('button', { name: `Remove: ${all[2].title}` }));
	await page.keyboard.press('Enter');
	// A title that ends in a question mark gets no full stop after it.
	await expect(page.getByRole('status')).toHaveText(`Removed ${all[2].title.replace(/[^.?!]$/, '$&.')} You can undo this.`);
	await expect(items(page).nth(2).getByRole('button', { name: `Remove: ${all[3].title}` })).toBeFocused();
	await page.keyboard.press('Enter');
	const kept = all.filter((_, i) => i !== 2 && i !== 3);
	expect((await itemTitles(page)).slice(0, kept.length)).toEqual(kept.map((a) => a.title));
	// Move one activity up by keyboard.
	await tabTo(page, items(page).nth(1).getByRole('button', { name: `Move up: ${kept[1].title}` }), true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(`Moved ${kept[1].title} to position 1 of ${kept.length + 2}`);

	// A finish time: over or under is said as the plan changes; a group size gives copy counts.
	// Come in from the title field, so typing starts at the hours (Shift+Tab would land on the minutes).
	await tabTo(page, page.getByLabel('Title of the session (optional)'), true);
	await tabTo(page, page.getByLabel('Finish by (optional)'));
	// An empty time field in this browser's own locale has an AM/PM part: "A" fills it (a 24-hour field ignores it).
	await page.keyboard.type('1045A');
	await expect(page.locator('#planner-end-status')).toHaveText(/^Over by .+: the plan ends at 1[12]:\d\d and you want to finish by 10:45\.$/);
	await expect(page.locator('#planner-end-status')).toHaveAttribute('aria-live', 'polite');
	await tabTo(page, page.getByLabel('People taking part (optional)'));
	await page.keyboard.type('10');
	await expect(page.locator('#planner-materials')).toContainText('(print 10)');
	await expect(page.locator('#planner-materials')).not.toContainText('this page');
	expect(page.url()).toContain('&end=1045&group=10&');
	// Drop the whole second module: now the plan runs under the finish time.
	await tabTo(page, page.getByRole('button', { name: 'Remove: Recognising and ending tokenism' }));
	await page.keyboard.press('Enter');
	await expect(page.locator('#planner-end-status')).toHaveText(/^Under by /);
	await axe(page, 'a plan of single activities');

	// Starting from a ready-made session replaces the plan, and can be undone.
	const ours = page.url();
	await tabTo(page, page.getByLabel('A ready-made session, or nothing'), true);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/^Started from .+ in place of your plan\. You can undo this\.$/);
	await tabTo(page, page.getByRole('button', { name: 'Undo' }));
	await page.keyboard.press('Enter');
	expect(page.url()).toBe(ours);

	// The pack: the chosen activities of the module, no other, in the notes and the handout alike.
	await tabTo(page, page.getByRole('link', { name: 'Open the session pack' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sessions\/planner\/pack\/\?v=3&start=1000&title=Short\+session/);
	await expect(page.getByRole('status')).toHaveText('The session pack is ready.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Short session');
	const printed = (selector: string) => page.locator(`${selector} [data-activity]`).evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.activity));
	const ids = kept.map((a) => a.id);
	expect((await printed('.pack-facilitator')).sort()).toEqual([...ids].sort());
	expect((await printed('.pack-participant')).sort()).toEqual([...ids].sort());
	await expect(page.locator('.pack-facilitator')).toContainText(firstNote(module));
	await expect(page.locator('#pack-cover')).toContainText('Participant handout: The four roles and how people move between them: print 10');
	await expect(page.locator('[aria-labelledby="pack-checklists"]')).toContainText('(print 10)');
	const allIds = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((node) => node.id));
	expect(allIds.filter((id, i) => allIds.indexOf(id) !== i), 'no id twice').toEqual([]);
	await axe(page, 'the pack');

	// On paper: numbered pages, and no activity of the module that the plan left out.
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true });
	const pages = await pdfPages(pdf);
	expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
	const text = pages.join(' ');
	for (const a of all) expect(text.includes(a.title), a.title).toBe(ids.includes(a.id));

	// "Show only what participants get": the facilitator's parts go, on screen and on paper.
	await page.emulateMedia({ media: 'screen' });
	await tabTo(page, page.getByRole('link', { name: 'Show only what participants get, to print it apart for copying' }));
	await page.keyboard.press('Enter');
	await expect(page.locator('#pack-timetable')).toBeHidden();
	await expect(page.locator('.pack-facilitator')).toBeHidden();
	await expect(page.locator('#sign-in')).toBeHidden();
	await expect(page.locator('.pack-participant')).toBeVisible();
	await expect(page.locator('#expenses')).toBeVisible();

	// A room view of one activity and a break: one section at a time, moved on by keyboard.
	await page.goto(`/sessions/planner/room/?v=3&start=0930&i=${module}.welcome&i=_break.10.Tea`);
	const sections = page.locator('[data-room-slide]');
	await expect(sections).toHaveCount(2);
	await expect(sections.first().locator('.room-context')).toContainText('starts at 09:30');
	await expect(sections.nth(1)).toBeHidden();
	await expect(page.locator('[data-room-left]')).toHaveText(/^\d+:00$/);
	await page.keyboard.press('ArrowRight');
	await expect(sections.nth(1)).toBeVisible();
	await expect(page.locator('[data-room-live]')).toHaveText('Now showing: Tea');
	// A pack from a bad link says why.
	await page.goto('/sessions/planner/pack/?v=3&start=0930&i=gone');
	await expect(page.getByRole('alert')).toContainText('names a module that is not on this site (gone)');
	expect(problems).toEqual([]);
});

test('the planner’s pack carries the safety section and a sign-in row for each person in the group', async ({ page }) => {
	for (const [group, rows] of [['&group=7', 7], ['&group=15', 15], ['', 12]] as const) {
		await page.goto(`/sessions/planner/pack/?v=3&start=1000&i=the-four-roles${group}`);
		await expect(page.getByRole('status')).toHaveText('The session pack is ready.');
		await expect(page.locator('#sign-in tbody tr')).toHaveCount(rows);
		await expect(page.locator('#sign-in tbody tr').last().locator('th')).toHaveText(String(rows));
		await expect(page.locator('#sign-in thead th')).toHaveCount(4);
	}
	await page.goto('/sessions/planner/pack/?v=3&start=1000&i=the-four-roles&group=7');
	await expect(page.getByRole('status')).toHaveText('The session pack is ready.');
	const safety = page.locator('#pack-safety');
	await expect(safety.getByRole('heading', { name: 'If someone tells you about harm' })).toBeVisible();
	await expect(safety).toContainText('Samaritans: 116\u00a0123');
	await expect(page.locator('#pack-cover').getByRole('link', { name: 'Safety in the room' })).toHaveAttribute('href', '#pack-safety');
	await expect(page.locator('#pack-cover')).toContainText('Expenses claim: print 7');
	// In the pack's order: timetable and checklists, the safety section, then the notes.
	const order = await page.evaluate(() => ['pack-timetable', 'pack-checklists', 'pack-safety', 'pack-notes-1'].map((id) => [...document.querySelectorAll('[id]')].findIndex((n) => n.id === id)));
	expect(order).toEqual([...order].sort((a, b) => a - b));
	await axe(page, 'the pack with its safety section');
	// It is for facilitators: "Show only what participants get" hides it.
	await page.getByRole('link', { name: 'Show only what participants get, to print it apart for copying' }).click();
	await expect(safety).toBeHidden();
});

/** The text of each page of a PDF, read with pdf.js as tests/dist/pdfs.test.ts reads the built PDFs. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
	}
	return pages;
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the planner and its pack say they need it and offer the ready-made sessions', async ({ page }) => {
		for (const path of [planner, '/sessions/planner/pack/']) {
			await page.goto(path);
			await expect(page.getByText('needs JavaScript').first(), path).toBeVisible();
			for (const name of ['A three-hour induction for new lived-experience partners', 'A World Café on the four roles', 'Receptive practice: a workshop for professionals']) {
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
	// What every printable page loads (the Print button) is shared, not the planner's own.
	for (const line of elsewhere) own.delete(line.split(': ')[1]);
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
