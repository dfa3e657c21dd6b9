/**
 * Self-study that never leaves the device: the role reflection by keyboard, progress and notes
 * that survive a reload, export / delete / import, bad imports that change nothing, notes shown
 * as text, the remembered facilitator view, axe in every state and no other origin contacted.
 */
import { axeViolations } from '../support/axe';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Each test walks several pages and runs axe in each state: give a busy machine room.
test.describe.configure({ timeout: 90_000 });

const moduleId = 'the-four-roles';
const modulePath = `/modules/${moduleId}/`;

async function axe(page: Page, state: string) {
	expect(await axeViolations(page), state).toEqual([]);
}

const saved = (page: Page) => page.evaluate(() => localStorage.getItem('many-roles'));

/** Fails the test if anything is fetched from another origin while it runs. */
function onlyThisSite(page: Page, origin: string) {
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) elsewhere.push(request.url());
	});
	return () => expect(elsewhere).toEqual([]);
}

/** Presses Tab until the element is focused (keyboard only, as a person would). */
async function tabTo(page: Page, selector: string, limit = 250) {
	for (let i = 0; i < limit; i++) {
		if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

test('the role reflection, by keyboard: the short version, every role described in words, a first step, saved after reload', async ({ page, baseURL }) => {
	const check = onlyThisSite(page, new URL(baseURL!).origin);
	await page.goto('/reflection/');
	await axe(page, 'reflection, unanswered');
	await expect(page.locator('#reflection-no-script')).toHaveCount(0);
	await expect(page.locator('fieldset.statement')).toHaveCount(12);
	await expect(page.getByText('This is not a test')).toHaveCount(1);
	// The three sentences of the first role: "a lot like me" by arrow keys (the third choice).
	await tabTo(page, 'input[type="radio"] >> nth=0');
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
	}
	await tabTo(page, '#reflect-show');
	await page.keyboard.press('Enter');
	const results = page.locator('#reflect-results');
	await expect(results).toBeVisible();
	await expect(results).toBeFocused();
	const words = await page.locator('#reflect-roles').innerText();
	for (const role of ['Community builder', 'Improvement expert', 'Disruptor/advocate', 'Citizen leader']) expect(words).toContain(role);
	expect(words).toContain('You said you often do things people in this role do:');
	expect(words).toContain('I get carers or patients together, in person or online, to help each other.');
	expect(words).toContain('You did not answer the sentences about this role.');
	expect((await results.innerText()).toLowerCase()).not.toMatch(/your role is|you are a|best|top role|score|\btest\b/);
	// Results in words: no chart, no table of counts.
	await expect(results.locator('svg, table')).toHaveCount(0);
	await expect(page.locator('#reflect-most li')).toHaveCount(1);
	await expect(page.locator('#reflect-most li')).toContainText(/\(Community builder, about \d+ (minutes|hours?)/);
	// No other role has enough answers, so none is offered as one to try.
	await expect(page.locator('#reflect-try')).toBeHidden();
	await expect(page.locator('#reflect-paths li')).toHaveCount(1);
	await expect(page.locator('#plan-strengths li')).toHaveCount(3);
	await axe(page, 'reflection, results');

	await page.reload();
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(3);
	await expect(page.locator('#reflect-results')).toBeVisible();
	check();
});

test('the reflection suggests nothing, and describes no role, from too few answers', async ({ page }) => {
	await page.goto('/reflection/');
	// One sentence of each role, all "a lot like me": 1 of 3 is not enough for any of them.
	for (const section of await page.locator('section.reflect-role').all()) await section.getByLabel('A lot like me').first().check();
	await page.getByRole('button', { name: 'Show what my answers say' }).click();
	await expect(page.locator('#reflect-withheld')).toBeVisible();
	await expect(page.locator('#reflect-steps')).toBeHidden();
	const words = await page.locator('#reflect-roles').innerText();
	expect(words).not.toContain('You said you often do');
	expect(words.match(/You answered 1 of the 3 sentences about this role\. Answer at least 2/g)).toHaveLength(4);
	await expect(page.locator('#reflect-all-same')).toBeHidden();
	await axe(page, 'reflection, too few answers');
});

test('results are marked out of date, visibly and aloud, when an answer changes, until updated', async ({ page }) => {
	await page.goto('/reflection/');
	const builder = page.locator('section.reflect-role').first();
	await builder.getByLabel('A lot like me').nth(0).check();
	await builder.getByLabel('A lot like me').nth(1).check();
	await page.getByRole('button', { name: 'Show what my answers say' }).click();
	const stale = page.locator('#reflect-stale');
	await expect(stale).toBeHidden();
	await builder.getByLabel('Not like me yet').nth(0).check();
	await expect(stale).toBeVisible();
	await expect(stale).toContainText('may be out of date');
	await expect(page.locator('#reflect-status')).toHaveText('Your results are out of date. Choose “Update my results” to see them again.');
	await axe(page, 'reflection, results out of date');
	await page.getByRole('button', { name: 'Update my results' }).click();
	await expect(stale).toBeHidden();
	await expect(page.locator('#reflect-results')).toBeFocused();
	await expect(page.locator('#reflect-roles')).toContainText('You said you do some of the things people in this role do:');
});

test('“Clear my answers” asks first, reads its question, and “No” keeps everything', async ({ page }) => {
	await page.goto('/reflection/');
	await page.getByLabel('A bit like me').first().check();
	await expect.poll(() => saved(page)).toContain('community-builder~');
	const before = await saved(page);
	const clear = page.getByRole('button', { name: 'Clear my answers', exact: true });
	await clear.click();
	await expect(page.locator('#reflect-confirm-ask')).toBeFocused();
	await expect(clear).toHaveAttribute('aria-expanded', 'true');
	await axe(page, 'reflection, asking before clearing');
	await page.getByRole('button', { name: 'No, keep my answers' }).click();
	await expect(clear).toBeFocused();
	await expect(page.locator('#reflect-status')).toHaveText('Nothing was changed. Your answers are kept.');
	expect(await saved(page)).toBe(before);
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
	await clear.click();
	await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
	await expect(clear).toBeFocused();
	await expect(page.locator('#reflect-status')).toHaveText('Your answers are cleared.');
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
	expect(JSON.parse((await saved(page))!).reflection).toBeNull();
});

test('the full version is one link away and shares the answers both ways', async ({ page }) => {
	await page.goto('/reflection/');
	await page.getByLabel('A lot like me').first().check();
	await page.getByRole('link', { name: /Answer all \d+ sentences/ }).click();
	await expect(page).toHaveURL(/\/reflection\/all\/$/);
	expect(await page.locator('fieldset.statement').count()).toBeGreaterThan(40);
	await expect(page.locator('fieldset.statement').first().getByLabel('A lot like me')).toBeChecked();
	const recognise = page.locator('fieldset.statement', { has: page.locator('legend', { hasText: 'I bring together people who share a condition.' }) });
	await recognise.getByLabel('A bit like me').check();
	await axe(page, 'reflection, full version');
	await page.getByRole('link', { name: /Go back to the short version/ }).click();
	// Answering on the short page keeps the full version's other answers.
	await page.getByLabel('Not like me yet').nth(3).check();
	const answers = JSON.parse((await saved(page))!).reflection.answers;
	expect(answers).toMatchObject({ 'community-builder~bring-together-people': 1 });
	expect(Object.keys(answers)).toHaveLength(3);
});

test('an answer to a sentence no longer asked is kept, and My data shows it', async ({ page }) => {
	await page.goto('/');
	const doc = { app: 'many-roles', version: 3, done: {}, notes: {}, reflection: { answers: { 'community-builder~get-carers-together': 2, 'community-builder~no-longer-asked': 1 }, updated: '2026-12-01' }, preferences: {}, plan: null, unmatched: [] };
	await page.evaluate((text) => localStorage.setItem('many-roles', text), JSON.stringify(doc));
	await page.goto('/reflection/');
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
	const stored = JSON.parse((await saved(page))!);
	expect(stored.reflection.answers).toEqual({ 'community-builder~get-carers-together': 2 });
	expect(stored.unmatched).toEqual([{ from: 'answer', key: 'community-builder~no-longer-asked', answer: 1 }]);
	await page.goto('/my-data/');
	await expect(page.locator('#saved-summary')).toContainText('(community-builder~no-longer-asked): you answered "a bit like me".');
});

test('the development plan prints alone once there are results', async ({ page }) => {
	await page.goto('/reflection/');
	await page.locator('input[type="radio"][value="2"]').nth(0).check();
	await page.locator('input[type="radio"][value="2"]').nth(1).check();
	await page.locator('#reflect-show').click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#reflect-plan')).toBeVisible();
	await expect(page.locator('.worksheet')).toBeHidden();
	await expect(page.locator('#plan-modules li').first()).toBeVisible();
});

test('progress: a module marked done stays done after reload and counts on its paths', async ({ page }) => {
	await page.goto(modulePath);
	const box = page.getByRole('checkbox', { name: 'I have done this module' });
	await tabTo(page, '#module-done');
	await page.keyboard.press('Space');
	await expect(box).toBeChecked();
	await expect(page.locator('#done-status')).toContainText('Marked as done on');
	await axe(page, 'module page with progress');
	await page.reload();
	await expect(box).toBeChecked();
	const pathLink = page.locator('.path-places .panel > p').first().getByRole('link');
	await pathLink.click();
	await expect(page.locator('#path-progress')).toHaveText(/^1 of \d+ modules done$/);
	await expect(page.locator(`li[data-module="${moduleId}"] .done-tag`)).toBeVisible();
	await axe(page, 'path page with progress');
});

test('a note survives export, delete and import; markup in it stays text', async ({ page, baseURL }) => {
	const check = onlyThisSite(page, new URL(baseURL!).origin);
	const note = 'My first note <script>window.pwned = 1</script><b>bold?</b>';
	await page.goto(modulePath);
	const area = page.locator('#note-1');
	await area.fill(note);
	await area.blur();
	await expect(page.locator('.reflection-prompts + [role="status"]')).toHaveText('Note saved on this device.');

	await page.goto('/my-data/');
	await axe(page, 'my data, with a note');
	const shown = page.locator('#saved-summary dd').first();
	await expect(shown).toHaveText(note);
	expect(await page.locator('#saved-summary b').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^many-roles-my-data-\d{4}-\d{2}-\d{2}\.json$/);
	const file = readFileSync((await download.path())!, 'utf8');
	expect(JSON.parse(file).notes[moduleId]['four-roles-find'].text).toBe(note);

	await page.getByRole('button', { name: 'Delete everything saved' }).click();
	await expect(page.getByRole('button', { name: 'No, keep it' })).toBeFocused();
	await axe(page, 'my data, confirming delete');
	await page.getByRole('button', { name: 'Yes, delete everything' }).click();
	await expect(page.locator('#delete-status')).toHaveText('Everything this site saved in this browser has been deleted.');
	expect(await saved(page)).toBeNull();
	await expect(page.locator('#saved-summary')).toHaveText('Nothing is saved in this browser.');

	await page.setInputFiles('#import-file', { name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(file) });
	await page.getByRole('button', { name: 'Load this file' }).click();
	await expect(page.locator('#import-status')).toContainText('Your file is loaded: modules marked done: 0; notes: 1;');
	await expect(page.locator('#saved-summary dd').first()).toHaveText(note);
	await page.goto(modulePath);
	await expect(area).toHaveValue(note);
	check();
});

for (const [kind, content, message] of [
	['truncated JSON', '{"app":"many-roles","version":1,"done":{', 'could not be read'],
	['a file from another app', '{"app":"other","version":1}', 'was not made by this site'],
	['a newer version', '{"app":"many-roles","version":99}', 'newer version of this site'],
	['a wrong type', '{"app":"many-roles","version":1,"done":{"the-four-roles":5},"notes":{},"reflection":null,"preferences":{}}', 'done › the-four-roles'],
] as const) {
	test(`a bad import (${kind}) is refused with a message and changes nothing`, async ({ page }) => {
		await page.goto(modulePath);
		await page.getByRole('checkbox', { name: 'I have done this module' }).check();
		await page.goto('/my-data/');
		const before = await saved(page);
		await page.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content) });
		await page.getByRole('button', { name: 'Load this file' }).click();
		await expect(page.locator('#import-status')).toContainText(message);
		await expect(page.locator('#import-status')).toContainText('Nothing was changed.');
		// The message is the file input's error: focus returns to it, and it reads the message.
		const input = page.getByLabel('Choose a file');
		await expect(input).toBeFocused();
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
		expect(await saved(page)).toBe(before);
		await axe(page, `my data, after refusing ${kind}`);
	});
}

test('saved data this version cannot read is never overwritten, and can still be downloaded', async ({ page }) => {
	const damaged = '{"app":"many-roles","version":1,"done":';
	await page.goto('/');
	await page.evaluate((text) => localStorage.setItem('many-roles', text), damaged);
	await page.goto(modulePath);
	await expect(page.locator('#progress .problem')).toContainText('cannot save anything in this browser');
	await expect(page.locator('#module-done')).toHaveCount(0);
	await expect(page.locator('.note-field')).toHaveCount(0);
	await axe(page, 'module page, unreadable data');
	await page.goto('/my-data/');
	await expect(page.locator('#my-data .problem')).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download what is saved, as it is' }).click()]);
	expect(readFileSync((await download.path())!, 'utf8')).toBe(damaged);
	expect(await saved(page)).toBe(damaged);
});

test('the facilitator view is remembered until the trainer goes back to the learner view', async ({ page }) => {
	await page.goto(modulePath);
	await page.getByRole('link', { name: 'Open the facilitator view' }).click();
	await expect(page).toHaveURL(new RegExp(`/print/modules/${moduleId}/facilitator/$`));
	await expect(page.locator('#view-remembered')).toBeVisible();
	await page.goto(modulePath);
	await expect(page).toHaveURL(new RegExp(`/print/modules/${moduleId}/facilitator/$`));
	await page.locator('a[data-view="learner"]').click();
	await expect(page).toHaveURL(new RegExp(`${modulePath}$`));
	await page.goto(modulePath);
	await expect(page).toHaveURL(new RegExp(`${modulePath}$`));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the reflection is a worksheet to print, short or full, with the skills self-checks offered', async ({ page }) => {
		await page.goto('/reflection/');
		await expect(page.locator('#reflection-no-script')).toBeVisible();
		await expect(page.locator('#reflection-no-script a')).toHaveCount(4);
		await expect(page.locator('fieldset.statement')).toHaveCount(12);
		await expect(page.getByRole('link', { name: 'Which roles do I take? (worksheet)', exact: true })).toHaveAttribute('href', '/print/worksheets/roles/short/');
		await expect(page.locator('#reflect-results')).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.worksheet')).toBeVisible();
		await expect(page.locator('#reflect-plan')).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('link', { name: /Answer all \d+ sentences/ }).click();
		expect(await page.locator('fieldset.statement').count()).toBeGreaterThan(40);
		await expect(page.locator('#reflection-no-script')).toBeVisible();
	});

	test('module pages offer no boxes that could not save; My data says nothing is saved', async ({ page }) => {
		await page.goto(modulePath);
		await expect(page.locator('#progress')).toBeHidden();
		await expect(page.locator('.note-field')).toHaveCount(0);
		await page.goto('/my-data/');
		await expect(page.locator('#my-data-no-script')).toBeVisible();
		await expect(page.locator('#my-data')).toBeHidden();
	});
});

test('a trainer’s saved session plan is shown, exported and deleted with the rest', async ({ page }) => {
	await page.goto('/sessions/planner/?v=2&start=0930&title=Tuesday+group&i=the-four-roles&i=_break.15');
	await expect.poll(() => saved(page)).toContain('Tuesday group');
	await page.goto('/my-data/');
	await expect(page.locator('#saved-summary')).toContainText('A session plan: Tuesday group, starting at 09:30. Items in it: 2.');
	await expect(page.getByRole('link', { name: 'Open it in the session planner' })).toHaveAttribute('href', '/sessions/planner/');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
	expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).plan.title).toBe('Tuesday group');
	await page.getByRole('button', { name: 'Delete everything saved' }).click();
	await page.getByRole('button', { name: 'Yes, delete everything' }).click();
	await expect(page.locator('#delete-status')).toContainText('has been deleted');
	expect(await saved(page)).toBeNull();
	await page.goto('/sessions/planner/');
	expect((await saved(page)) ?? '').not.toContain('Tuesday group');
});

test('loading a file over saved data asks first; "No" keeps what was saved', async ({ page }) => {
	await page.goto(modulePath);
	await page.getByRole('checkbox', { name: 'I have done this module' }).check();
	await page.goto('/my-data/');
	const before = await saved(page);
	const file = { name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'many-roles', version: 1, done: {}, notes: {}, reflection: null, preferences: {} })) };
	await page.setInputFiles('#import-file', file);
	await page.getByRole('button', { name: 'Load this file' }).click();
	await expect(page.getByRole('button', { name: 'No, keep what is saved' })).toBeFocused();
	// The question is read as focus enters: the focused answer is inside an alert dialog named by it.
	const question = page.getByRole('alertdialog');
	await expect(question).toHaveAccessibleName(/replace/i);
	await expect(question.getByRole('button', { name: 'No, keep what is saved' })).toBeFocused();
	await axe(page, 'my data, confirming an import');
	await page.keyboard.press('Enter');
	await expect(page.locator('#import-status')).toHaveText('Nothing was changed.');
	expect(await saved(page)).toBe(before);
	await page.getByRole('button', { name: 'Load this file' }).click();
	// Escape answers "No", as in an alert dialog.
	await page.keyboard.press('Escape');
	await expect(page.locator('#import-status')).toHaveText('Nothing was changed.');
	await page.getByRole('button', { name: 'Load this file' }).click();
	await page.getByRole('button', { name: 'Yes, replace it with the file' }).click();
	await expect(page.locator('#import-status')).toContainText('Your file is loaded: modules marked done: 0');
	// The button pressed has gone: focus is on the message saying what happened, not lost to <body>.
	await expect(page.locator('#import-status')).toBeFocused();
	expect(JSON.parse((await saved(page))!)).toMatchObject({ version: 3, done: {}, plan: null, unmatched: [] });
});

/** What the site saved before ids (version 2): every key a position in the content of that time. */
const version2 = {
	app: 'many-roles',
	version: 2,
	done: {},
	notes: {
		[moduleId]: {
			'1': { prompt: 'Which of the four roles did you find easiest to picture? Why?', text: 'The community builder.', updated: '2026-11-20' },
			'3': { prompt: 'Does a role name help you describe what you do, or does it not matter to you?', text: 'It does not matter much.', updated: '2026-11-20' },
			'9': { prompt: 'A question since taken off the site', text: 'Kept all the same.', updated: '2026-11-20' },
		},
	},
	reflection: { answers: { 'community-builder.1': 2, 'community-builder.3': 0, 'building-trust.1': 1, 'community-builder.42': 2 }, updated: '2026-11-21' },
	preferences: {},
	plan: { title: 'Old plan', start: '10:00', items: [{ kind: 'activity', module: moduleId, activity: 4 }, { kind: 'activity', module: moduleId, activity: 5 }] },
};

test('a version-2 document opens with every answer, note and plan activity on the same text; what matches nothing is kept, shown and deletable', async ({ page, baseURL }) => {
	const check = onlyThisSite(page, new URL(baseURL!).origin);
	await page.goto('/');
	await page.evaluate((text) => localStorage.setItem('many-roles', text), JSON.stringify(version2));
	// The module page finds the old document, loads the build's key map and saves version 3.
	await page.goto(modulePath);
	const note = (question: string) => page.locator('.reflection-prompts > li', { hasText: question }).locator('textarea');
	await expect(note('Which of the four roles did you find easiest to picture?')).toHaveValue('The community builder.');
	await expect(note('Does a role name help you describe what you do')).toHaveValue('It does not matter much.');
	await expect(note('Which role would you like to know more about?')).toHaveValue('');
	const stored = JSON.parse((await saved(page))!);
	expect(stored).toMatchObject({ version: 3, notes: { [moduleId]: { 'four-roles-find': { text: 'The community builder.' }, 'role-name-help': { text: 'It does not matter much.' } } } });
	expect(stored.unmatched).toHaveLength(2);

	await page.goto('/reflection/all/');
	const statement = (text: string) => page.locator('fieldset.statement', { has: page.locator('legend', { hasText: text }) });
	await expect(statement('I bring together people who share a condition.').getByLabel('A lot like me')).toBeChecked();
	await expect(statement('I link people in my faith group or community with others who can help.').getByLabel('Not like me yet')).toBeChecked();
	await expect(statement('I can keep private what someone tells me in confidence.').getByLabel('A bit like me')).toBeChecked();
	await expect(statement('I start or run a group for people who face the same unfair treatment.').locator('input:checked')).toHaveCount(0);

	await page.goto('/sessions/planner/');
	await expect(page.locator('#planner-items > li strong')).toHaveText(['Talk together: roles, titles and labels', 'Your own reflection']);

	await page.goto('/my-data/');
	const unmatched = page.getByRole('heading', { name: 'Answers to questions that are no longer on the site' });
	await expect(unmatched).toBeVisible();
	await expect(page.locator('#saved-summary')).toContainText('Kept all the same.');
	await expect(page.locator('#saved-summary')).toContainText('(community-builder.42): you answered "a lot like me".');
	await axe(page, 'my data, with answers no longer on the site');
	await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
	await expect(page.locator('#saved-summary')).not.toContainText('Kept all the same.');
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(unmatched).toHaveCount(0);
	expect(JSON.parse((await saved(page))!).unmatched).toEqual([]);
	check();
});

test('if the key map cannot be loaded, an old document is left exactly as it was and the page says why', async ({ page }) => {
	await page.route('**/saved-data/migrate.js', (route) => route.abort());
	await page.goto('/');
	const text = JSON.stringify(version2);
	await page.evaluate((value) => localStorage.setItem('many-roles', value), text);
	await page.goto('/reflection/');
	await expect(page.locator('#reflection .problem')).toContainText('comes from an earlier version of the site and needs updating');
	await page.getByRole('radio').first().check();
	await page.goto('/my-data/');
	await expect(page.locator('#my-data .problem')).toContainText('could not load what it needs to update it');
	expect(await saved(page)).toBe(text);
});
