/**
 * Ready-made sessions, one per group path: the timetable adds up to the path's total, the pack
 * holds everything a facilitator prints, and the room view works by keyboard alone, announces each
 * change and still lists every activity without JavaScript. Expected values are worked out here
 * from the content files, not from src/lib/sessions.ts, so a wrong derivation fails.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { axeViolations } from '../support/axe';
import { htmlFiles, root } from '../support/dist';

const { content } = loadContentFromDisk(`${root}content`, root);
const moduleById = new Map(content.modules.map((m) => [m.id, m.data!]));
const sessions = content.paths.filter((p) => p.data!.format === 'group').map((p) => ({ id: p.id, path: p.data! }));
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const pad = (n: number) => String(n).padStart(2, '0');
/** "9:05" for 545 seconds, as the room view's timer writes it. */
const formatted = (seconds: number) => `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;

type SessionPath = (typeof sessions)[number]['path'];
/** The group activities a step takes: one when it names an activity, else the module's. */
const stepActivities = (step: Extract<SessionPath['steps'][number], { module: string }>) => {
	const all = moduleById.get(step.module)!.activities;
	return step.activity ? all.filter((a) => a.id === step.activity) : all.filter((a) => a.mode !== 'self-study');
};
/** Each module the session draws on once, with every activity it takes of it. */
const modulesTaken = (path: SessionPath) => {
	const out = new Map<string, ReturnType<typeof stepActivities>>();
	for (const step of path.steps) if ('module' in step) out.set(step.module, [...(out.get(step.module) ?? []), ...stepActivities(step)]);
	return out;
};

/** The session's total from the modules' stated group times (or a single activity's minutes) and the breaks, and its end on the clock. */
function expected(path: SessionPath) {
	const total = path.steps.reduce((sum, step) => sum + ('module' in step ? (step.activity ? stepActivities(step)[0].minutes : moduleById.get(step.module)!.format.group!) : step.break), 0);
	const [h, m] = (path.startTime ?? '10:00').split(':').map(Number);
	const end = h * 60 + m + total;
	const clock = `${pad(Math.floor(end / 60) % 24)}:${pad(end % 60)}`;
	return { total, end: end >= 24 * 60 ? `${clock} (next day)` : clock };
}

/** What the room view shows, in order: each group activity's title, and each break's label. */
function roomRows(path: SessionPath): { title: string; isBreak: boolean }[] {
	return path.steps.flatMap((step): { title: string; isBreak: boolean }[] =>
		'module' in step
			? stepActivities(step).map((a) => ({ title: a.title, isBreak: false }))
			: [{ title: step.label ?? 'Break', isBreak: true }],
	);
}
const roomTitles = (path: (typeof sessions)[number]['path']) => roomRows(path).map((r) => r.title);

const hours = (minutes: number) => {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return [h && `${h} hour${h === 1 ? '' : 's'}`, m && `${m} minute${m === 1 ? '' : 's'}`].filter(Boolean).join(' ');
};

test('every group path has a ready-made session, listed with its length', async ({ page }) => {
	expect(sessions.length).toBeGreaterThanOrEqual(3);
	await page.goto('/sessions/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sessions');
	for (const { id, path } of sessions) {
		const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: path.title, exact: true }) });
		await expect(card.getByRole('link', { name: path.title, exact: true })).toHaveAttribute('href', `/sessions/${id}/`);
		await expect(card).toContainText(hours(expected(path).total));
	}
	// The site links to it: the menu and each group path's page.
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' })).toHaveAttribute('aria-current', 'page');
	for (const { id } of sessions) {
		await page.goto(`/paths/${id}/`);
		await expect(page.getByRole('link', { name: 'Open the ready-made session' })).toHaveAttribute('href', `/sessions/${id}/`);
	}
});

test('the induction is three hours, 10:00 to 13:00, with one break, one welcome and one close', async ({ page }) => {
	await page.goto('/sessions/induction-day/');
	const table = page.getByRole('table', { name: 'Every activity and break, with the time it starts' });
	await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText('10:00');
	await expect(table.locator('[data-session-end]')).toHaveText('13:00');
	await expect(table.locator('[data-session-total]')).toHaveText('3 hours');
	await expect(table.locator('tr.break-row')).toHaveCount(1);
	const rows = (await table.locator('tbody th[scope="row"]').allTextContents()).map(normalise);
	expect(rows.filter((r) => /^welcome/i.test(r))).toHaveLength(1);
	expect(rows.filter((r) => /closing/i.test(r))).toEqual(['Next steps and closing round']);
	// Single activities of one module that follow each other sit under one heading.
	const headings = (await table.locator('tr.part-row th').allTextContents()).map(normalise);
	expect(headings[0]).toMatch(/^Facilitator view: Running an induction/);
	expect(new Set(headings.map((h, i) => (i > 0 && h === headings[i - 1] ? 'repeat' : h))).has('repeat')).toBe(false);
});

for (const { id, path } of sessions) {
	test(`${id}: the timetable ends at the path's total, each module linked to its facilitator view`, async ({ page }) => {
		const { total, end } = expected(path);
		await page.goto(`/paths/${id}/`);
		await expect(page.getByRole('main')).toContainText(`Total time: ${hours(total)}`);
		await page.goto(`/sessions/${id}/`);
		const table = page.getByRole('table', { name: 'Every activity and break, with the time it starts' });
		await expect(table.locator('[data-session-end]')).toHaveText(end);
		await expect(table.locator('[data-session-total]')).toHaveText(hours(total));
		await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText(path.startTime!);
		expect((await table.locator('tbody th[scope="row"]').allTextContents()).map(normalise)).toEqual(roomTitles(path));
		for (const step of path.steps) {
			if (!('module' in step)) continue;
			const title = moduleById.get(step.module)!.title;
			await expect(table.getByRole('link', { name: `Facilitator view: ${title}` }).first()).toHaveAttribute('href', `/print/modules/${step.module}/facilitator/`);
		}
		await expect(page.getByRole('link', { name: 'Print the session pack' })).toHaveAttribute('href', `/print/sessions/${id}/`);
		await expect(page.getByRole('link', { name: 'Open the room view' })).toHaveAttribute('href', `/sessions/${id}/room/`);
		// The combined checklist lists each material once.
		const materials = (await page.locator('h2:text-is("Materials checklist") ~ ul.checklist').first().locator('li').allTextContents()).map((m) => m.toLowerCase().trim());
		expect(materials.length).toBeGreaterThan(0);
		expect(new Set(materials).size).toBe(materials.length);
		// Written for the trainer: which handout to print, whose list it is (src/lib/session/materials.ts).
		expect(materials.filter((m) => /\b(this|the) page\b|^your /.test(m))).toEqual([]);
	});

	test(`${id}: the pack has every facilitator note, the three sheets and the learner handouts, each on a new page`, async ({ page }) => {
		await page.goto(`/print/sessions/${id}/`);
		const main = page.getByRole('main');
		const text = normalise(await main.textContent());
		for (const heading of ['Sign-in sheet', 'Expenses claim', 'Tell us what you think', 'Timetable', 'Safety in the room']) await expect(main.getByRole('heading', { name: heading, exact: true })).toBeVisible();
		await expect(main).toContainText('We keep this sheet only as long as we need it');
		await expect(main).toContainText('Payment follows the organisation’s own expenses and payment policy');
		const taken = modulesTaken(path);
		for (const [id, activities] of taken) {
			const mod = moduleById.get(id)!;
			// Every note of every activity the group does (activities for someone alone are not part of a session).
			const notes = activities.flatMap((a) => a.facilitatorNotes ?? []);
			expect(notes.length, `${id} has notes`).toBeGreaterThan(0);
			expect(notes.filter((line) => !text.includes(normalise(line))), `${id}: facilitator notes`).toEqual([]);
			// The participant handout is the learner version: the group steps, and no facilitator notes.
			const handout = page.locator(`#handout-${id}`);
			await expect(handout.getByRole('heading', { name: `Participant handout: ${mod.title}` })).toBeVisible();
			const learner = normalise(await handout.textContent());
			expect(notes.filter((line) => learner.includes(normalise(line))), `${id}: notes in the learner handout`).toEqual([]);
			const steps = activities.flatMap((a) => a.instructions);
			expect(steps.filter((line) => !learner.includes(normalise(line))), `${id}: learner steps`).toEqual([]);
		}
		await page.emulateMedia({ media: 'print' });
		const parts = page.locator('.pack-part, .module-section, .sheet');
		// Timetable, checklists and the safety section; notes and a handout per module; three sheets.
		await expect(parts).toHaveCount(3 + 2 * taken.size + 3);
		expect(await parts.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore)).then((v) => [...new Set(v)])).toEqual(['page']);

		// "Show only what participants get" (a link, no script): their handouts and forms, on paper too.
		await page.goto(`/print/sessions/${id}/#only-copies`);
		const shown = await page.evaluate(() => [...document.querySelectorAll('.pack-cover, .pack-part, .module-section, .sheet')].filter((el) => el.getClientRects().length > 0).map((el) => el.id));
		// One handout per module, in the order the session first reaches it (a path may take single activities of one module at several points).
		const modules = [...new Set(path.steps.flatMap((step) => ('module' in step ? [`handout-${step.module}`] : [])))];
		expect(shown).toEqual(['expenses', 'evaluation', ...modules]);
	});
}

/** The session with the most modules: the room view tests move through it. */
const busiest = [...sessions].sort((a, b) => b.path.steps.length - a.path.steps.length)[0];
const titles = roomTitles(busiest.path);
const visibleTitle = (page: Page) => page.locator('[data-room-slide]:visible h2');
const live = (page: Page) => page.locator('[data-room-live]');

test('the room view moves on and back by keyboard alone and announces each change', async ({ page }) => {
	await page.goto(`/sessions/${busiest.id}/room/`);
	await expect(page.locator('[data-room-slide]:visible')).toHaveCount(1);
	await expect(visibleTitle(page)).toHaveText(titles[0]);
	await expect(live(page)).toHaveAttribute('aria-live', 'polite');
	await page.keyboard.press('ArrowRight');
	await expect(visibleTitle(page)).toHaveText(titles[1]);
	await expect(live(page)).toHaveText(`Now showing: ${titles[1]}`);
	await page.keyboard.press('PageDown');
	await page.keyboard.press(' ');
	await expect(visibleTitle(page)).toHaveText(titles[3]);
	await page.keyboard.press('ArrowLeft');
	await expect(visibleTitle(page)).toHaveText(titles[2]);
	await expect(live(page)).toHaveText(`Now showing: ${titles[2]}`);
	await page.keyboard.press('PageUp');
	await expect(visibleTitle(page)).toHaveText(titles[1]);
	await expect(page.locator('[data-room-position]')).toHaveText(`2 of ${titles.length}`);
	// Tab to the buttons: Space on "Next" moves once, and focus stays on the button.
	const next = page.getByRole('button', { name: 'Next' });
	for (let i = 0; i < 20 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await page.keyboard.press(' ');
	await expect(visibleTitle(page)).toHaveText(titles[2]);
	await expect(next).toBeFocused();
	// At the start, Previous is disabled and back goes nowhere.
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
	await expect(visibleTitle(page)).toHaveText(titles[0]);
	const previous = page.getByRole('button', { name: 'Previous' });
	await expect(previous).toHaveAttribute('aria-disabled', 'true');
	// At the end, Next is disabled with aria-disabled (a disabled button would drop focus), and
	// focus stays on the button pressed: never a jump to Previous.
	await next.focus();
	for (let i = 1; i < titles.length + 2; i++) await page.keyboard.press('Enter');
	await expect(visibleTitle(page)).toHaveText(titles.at(-1)!);
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	await expect(next).not.toHaveAttribute('disabled');
	await expect(next).toBeFocused();
	await expect(previous).toHaveAttribute('aria-disabled', 'false');
	// The address keeps the place: a reload opens on the same section, with the controls in view.
	await expect(page).toHaveURL(new RegExp(`#show-${titles.length}$`));
	await page.reload();
	await expect(visibleTitle(page)).toHaveText(titles.at(-1)!);
	await expect(page.getByRole('button', { name: 'Next' })).toBeInViewport();
});

test('the room view timer counts down once a second without announcing the seconds', async ({ page }) => {
	await page.goto(`/sessions/${busiest.id}/room/`);
	const minutes = moduleById.get(busiest.path.steps.find((s) => 'module' in s)!.module as string)!.activities.find((a) => a.mode !== 'self-study')!.minutes;
	const left = page.getByRole('timer');
	await expect(left).toHaveText(`${minutes}:00`);
	const timer = page.getByRole('button', { name: 'Start timer' });
	await timer.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Pause timer' })).toBeFocused();
	await expect(left).toHaveText(`${minutes - 1}:59`, { timeout: 2500 });
	await expect(left).not.toHaveText(`${minutes - 1}:59`, { timeout: 2500 });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
	const paused = await left.textContent();
	await page.waitForTimeout(1500);
	await expect(left).toHaveText(paused!);
	// The live region says nothing about the time; the timer is not inside it.
	await expect(live(page)).toHaveText('');
	expect(await left.evaluate((el) => el.closest('[aria-live]'))).toBeNull();
	// A new section starts with its own full time.
	await page.keyboard.press('ArrowRight');
	const second = page.locator('[data-room-slide]:visible');
	await expect(left).toHaveText(`${await second.getAttribute('data-minutes')}:00`);
});

test.describe('the room view on a projector, 1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });
	/** The first section of the busiest session: its length in seconds, and a clock paused at a known time. */
	const firstStep = busiest.path.steps[0];
	const firstSeconds = 'module' in firstStep ? stepActivities(firstStep)[0].minutes * 60 : 0;
	const clockAt = async (page: Page, hash = '') => {
		await page.clock.install();
		await page.goto(`/sessions/${busiest.id}/room/${hash}`);
		await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	};
	/** axe waits on timers of its own: let the clock run again (the room view's timer is paused or done). */
	const axeNow = async (page: Page, options?: { colourOnly: boolean }) => {
		await page.clock.resume();
		return axeViolations(page, options);
	};
	const clockBox = (page: Page) => page.locator('[data-room-clock]');
	/** Every text the live region is given from now on, in order. */
	const recordAnnouncements = (page: Page) =>
		page.locator('[data-room-live]').evaluate((el) => {
			const said: string[] = [];
			(window as unknown as { said: string[] }).said = said;
			new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
		});
	const announced = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

	test('the site’s chrome is collapsed, the steps are 40 px or more and the clock 64 px or more', async ({ page }) => {
		await page.goto(`/sessions/${busiest.id}/room/`);
		await expect(page.locator('[data-room-slide]:visible')).toHaveCount(1);
		// No site header or footer; one way back, on screen.
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.getByRole('contentinfo')).toHaveCount(0);
		await expect(page.getByRole('link', { name: /^Back to the session/ })).toBeInViewport();
		const px = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		for (const step of await page.locator('[data-room-slide]:visible .room-steps > li').all()) expect(await px(step)).toBeGreaterThanOrEqual(40);
		expect(await px(page.getByRole('timer'))).toBeGreaterThanOrEqual(64);
		// What is above the section (title line and controls) takes at most a quarter of the screen.
		const top = await page.locator('[data-room-slide]:visible').evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeLessThanOrEqual(200);
	});

	test('every section of every ready-made session that fits is wholly on screen without scrolling', async ({ page }) => {
		// "Fits": no taller than the three quarters of the screen below the controls. Each such section
		// must show whole, from the top of the page; a longer one scrolls under the sticky controls.
		const fitting: string[] = [];
		const cut: string[] = [];
		let all = 0;
		for (const { id, path } of sessions) {
			await page.goto(`/sessions/${id}/room/`);
			for (let i = 0; i < roomTitles(path).length; i++) {
				if (i) await page.keyboard.press('ArrowRight');
				await expect(page.locator('[data-room-position]')).toHaveText(`${i + 1} of ${roomTitles(path).length}`);
				const box = await page.locator('[data-room-slide]:visible').evaluate((el) => {
					const r = el.getBoundingClientRect();
					return { top: r.top, bottom: r.bottom, height: r.height, scrolled: window.scrollY };
				});
				all++;
				if (box.height > 600) {
					// Read to its end; the next section must still start at the top of the page.
					await page.mouse.wheel(0, 400);
					await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
					continue;
				}
				fitting.push(`${id} ${i + 1}`);
				if (box.scrolled !== 0 || box.top < 0 || box.bottom > 800) cut.push(`${id} ${i + 1}: ${JSON.stringify(box)}`);
			}
		}
		expect(cut).toEqual([]);
		// Most sections fit: a layout that made them all too tall would pass the check above vacuously.
		expect(fitting.length).toBeGreaterThanOrEqual(all / 2);
	});

	test('T starts and pauses the timer, which keeps running on the next section; each section keeps its time', async ({ page }) => {
		await clockAt(page);
		const left = page.getByRole('timer');
		await expect(left).toHaveText(formatted(firstSeconds));
		await page.keyboard.press('t');
		await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
		await page.clock.runFor(30_000);
		await expect(left).toHaveText(formatted(firstSeconds - 30));
		await page.keyboard.press('T');
		await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
		await page.clock.runFor(10_000);
		await expect(left).toHaveText(formatted(firstSeconds - 30));
		// Running, then on to the next section: it counts that section's own time at once.
		await page.keyboard.press('t');
		await page.clock.runFor(5_000);
		await page.keyboard.press('ArrowRight');
		const second = Number(await page.locator('[data-room-slide]:visible').getAttribute('data-minutes')) * 60;
		await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
		await page.clock.runFor(10_000);
		await expect(left).toHaveText(formatted(second - 10));
		// Back: the first section has the time it was left with, and the timer still runs.
		await page.keyboard.press('ArrowLeft');
		await expect(left).toHaveText(formatted(firstSeconds - 35));
		await page.clock.runFor(5_000);
		await expect(left).toHaveText(formatted(firstSeconds - 40));
	});

	test('time up shows in words and colour, is announced once, and passes axe in light, dark and forced colours', async ({ page }) => {
		await clockAt(page);
		await recordAnnouncements(page);
		const box = clockBox(page);
		const normal = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
		await page.getByRole('button', { name: 'Start timer' }).click();
		await page.clock.runFor(firstSeconds * 1000 - 1000);
		await expect(page.getByRole('timer')).toHaveText('0:01');
		await expect(box).toContainText('Time left');
		await page.clock.runFor(1_000);
		await expect(box).toContainText('Time is up');
		await expect(page.getByRole('timer')).toHaveText('0:00');
		await expect(page.getByText('Time is up', { exact: true }).first()).toBeVisible();
		expect(await box.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(normal);
		await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
		await page.clock.runFor(60_000);
		expect((await announced(page)).filter((text) => text === 'Time is up')).toHaveLength(1);
		expect(await axeNow(page), 'time up, light').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeNow(page, { colourOnly: true }), 'time up, dark').toEqual([]);
		// Forced colours: the system's highlight pair, with the words still there.
		await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
		const look = await box.evaluate((el) => {
			const probe = document.createElement('span');
			probe.style.cssText = 'forced-color-adjust: none; background: Highlight; color: HighlightText';
			document.body.append(probe);
			const want = getComputedStyle(probe);
			const got = getComputedStyle(el);
			const same = got.backgroundColor === want.backgroundColor && got.color === want.color;
			probe.remove();
			return { same, text: el.textContent };
		});
		expect(look.same).toBe(true);
		expect(look.text).toContain('Time is up');
		expect(await axeNow(page), 'time up, forced colours').toEqual([]);
	});

	test('the two-minute warning, when ticked, shows and is announced once; unticked, nothing', async ({ page }) => {
		await clockAt(page);
		await recordAnnouncements(page);
		expect(firstSeconds).toBeGreaterThan(120);
		const box = clockBox(page);
		const warn = page.getByRole('checkbox', { name: 'Warn me 2 minutes before the end' });
		await expect(warn).not.toBeChecked();
		await page.keyboard.press('t');
		await page.clock.runFor((firstSeconds - 119) * 1000);
		await expect(page.getByRole('timer')).toHaveText('1:59');
		await expect(box).toContainText('Time left');
		// Ticked now, past the two minutes: the clock says so, but nothing is announced late.
		await warn.check();
		await expect(box).toContainText('Time is nearly up');
		await expect(box).toHaveAttribute('data-state', 'near');
		// A new run of the section, ticked from the start: announced as it passes two minutes, once.
		await page.clock.runFor(200_000);
		await expect(box).toContainText('Time is up');
		await page.keyboard.press('t');
		await expect(box).toContainText('Time left');
		await page.clock.runFor((firstSeconds - 121) * 1000);
		await expect(box).toContainText('Time left');
		await page.clock.runFor(2_000);
		await expect(box).toContainText('Time is nearly up');
		await page.clock.runFor(30_000);
		expect((await announced(page)).filter((text) => text === '2 minutes left')).toHaveLength(1);
		// Paused, the warning stays, for axe to check its colours.
		await page.keyboard.press('t');
		await expect(box).toHaveAttribute('data-state', 'near');
		expect(await axeNow(page), 'warning, light').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeNow(page, { colourOnly: true }), 'warning, dark').toEqual([]);
	});

	test('F and the button toggle full screen; where it is not allowed, no button, and F says what to do', async ({ page, context }) => {
		await page.goto(`/sessions/${busiest.id}/room/`);
		const full = page.getByRole('button', { name: 'Full screen' });
		await expect(full).toBeVisible();
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
		await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
		await page.getByRole('button', { name: 'Leave full screen' }).click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await expect(full).toBeVisible();

		await context.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
		await page.reload();
		await expect(page.locator('[data-room-slide]:visible')).toHaveCount(1);
		await expect(page.getByRole('button', { name: 'Full screen' })).toBeHidden();
		await page.keyboard.press('F');
		await expect(page.locator('[data-room-live]')).toHaveText(/will not show the page full screen/);
		// A request the browser refuses says the same.
		await context.addInitScript(() => {
			Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => true });
			Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('refused'));
		});
		await page.reload();
		await page.keyboard.press('f');
		await expect(page.locator('[data-room-live]')).toHaveText(/will not show the page full screen/);
	});
});

test('the room view prints every section, even after the script has hidden the others', async ({ page }) => {
	await page.goto(`/sessions/${busiest.id}/room/`);
	await expect(page.locator('[data-room-slide]:visible')).toHaveCount(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-room-slide]:visible')).toHaveCount(titles.length);
	await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const { id, path } of sessions) {
		test(`${id}: the room view lists every activity and break in order, with no facilitator notes`, async ({ page }) => {
			await page.goto(`/sessions/${id}/room/`);
			const slides = page.locator('[data-room-slide]');
			await expect(slides.first()).toBeVisible();
			expect((await slides.locator('h2').allTextContents()).map(normalise)).toEqual(roomTitles(path));
			for (const slide of await slides.all()) await expect(slide).toBeVisible();
			await expect(page.getByRole('button')).toHaveCount(0);
			const text = normalise(await page.getByRole('main').textContent());
			const notes = path.steps.flatMap((s) => ('module' in s ? moduleById.get(s.module)!.activities.flatMap((a) => a.facilitatorNotes ?? []) : []));
			expect(notes.filter((line) => text.includes(normalise(line)))).toEqual([]);
		});
	}
});

test('the room view script loads on room pages only', () => {
	const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
	const files = htmlFiles();
	const rooms = files.filter((f) => /\/sessions\/(?!planner\/)[^/]+\/room\/index\.html$/.test(f));
	expect(rooms).toHaveLength(sessions.length);
	const roomScripts = new Set(rooms.flatMap((f) => scriptsOf(readFileSync(f, 'utf8'))));
	expect(roomScripts.size).toBe(1);
	const elsewhere = files.filter((f) => !rooms.includes(f) && scriptsOf(readFileSync(f, 'utf8')).some((src) => roomScripts.has(src)));
	expect(elsewhere).toEqual([]);
});

test.describe('axe', () => {
	// Every session page, pack and room view is checked as it loads, in light and dark, on its one
	// visit (every-page.spec.ts, packs in light as handouts are). Here: the packs in dark too, since a
	// trainer reads them on screen before printing, and the room view once the script has moved it on.
	for (const scheme of ['light', 'dark'] as const) {
		test(`the room view on a break passes, and so does each pack, ${scheme}`, async ({ page }) => {
			test.setTimeout(60_000);
			await page.emulateMedia({ colorScheme: scheme });
			if (scheme === 'dark')
				for (const { id } of sessions) {
					await page.goto(`/print/sessions/${id}/`);
					expect(await axeViolations(page), `/print/sessions/${id}/`).toEqual([]);
				}
			await page.goto(`/sessions/${busiest.id}/room/`);
			const onBreak = roomRows(busiest.path).findIndex((r) => r.isBreak);
			expect(onBreak).toBeGreaterThan(0);
			for (let i = 0; i < onBreak; i++) await page.keyboard.press('ArrowRight');
			await expect(page.locator('[data-room-slide]:visible')).toHaveClass(/room-break/);
			expect(await axeViolations(page), 'room view on a break').toEqual([]);
		});
	}
	// axe runs as a script in the page, so "without JavaScript" here means without the room-view
	// script: the page as a reader with JavaScript off gets it, every section showing.
	test('room views pass without their script', async ({ page }) => {
		test.setTimeout(60_000);
		await page.route(/\/_astro\/RoomSlides\.[^/]+\.js$/, (route) => route.abort());
		for (const { id } of sessions) {
			await page.goto(`/sessions/${id}/room/`);
			await expect(page.locator('[data-room-slide]:visible')).toHaveCount(roomTitles(sessions.find((s) => s.id === id)!.path).length);
			expect(await axeViolations(page), id).toEqual([]);
		}
	});
});
