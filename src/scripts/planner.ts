/**
 * The session planner in the browser: the planner page, and the pack and room view made from a
 * plan. Loaded only on those three pages (/sessions/planner/…).
 *
 * Where a plan comes from, on the planner page: a plan in the address wins and is saved; with
 * none, the plan saved on this device is restored. A link that cannot be read is reported and
 * changes nothing: the saved plan is shown and nothing is saved until the person changes the plan.
 * When the saved document cannot be read (or is from a newer version of the site) the planner
 * still works from the address, says it cannot save, and never writes.
 *
 * Plans are timed by the site's one session model (src/lib/session/), so a ready-made session
 * loaded here shows the same clock times as its own page. Strings come from the page's
 * data-labels (the dictionary lives on the server); the modules and sessions from its JSON data
 * island. Everything is written with DOM methods and
 * textContent; the only HTML inserted is the site's own printable pages, in the pack. No
 * element.style: layout comes from classes and the hidden attribute (the CSP allows no inline style).
 */
import { labelsOf, type Labels } from '../lib/labels';
import { catalogueOf, type PlanModule, type PlannerData } from '../lib/planner/data';
import { decodePlan, emptyPlan, encodePlan, checkPlan, decodeItem, moveItem, type Decoded, type Plan } from '../lib/planner/plan';
import { planLimits } from '../lib/planner/limits';
import { expandModule, overBy, overlapOf, removeItem } from '../lib/planner/edit';
import { buildSession, chosenActivities, copiesToMake, readStart, signInRows, timeLabels, trainerChecklist, type Session, type SessionPart, type TimeLabels } from '../lib/session';
import { browserStore, open, update } from '../lib/storage/saved-data';
import { announcer, byId, el, readIsland } from './toolkit/dom';
import { startRoomView } from './room-view';

type PlanSession = Session<PlanModule>;

/** What a planner page's script works with: its words, its modules and how to time a plan. */
interface Kit {
	labels: Labels;
	time: TimeLabels;
	data: PlannerData;
	modules: ReadonlyMap<string, PlanModule>;
	/** Plans reach this only after their link or saved copy was checked against the modules. */
	timed: (plan: Plan) => PlanSession;
}

function kit(root: HTMLElement): Kit {
	const labels = labelsOf(root);
	const data = readIsland<PlannerData>('planner-data', { modules: [], sessions: [] });
	const modules = new Map(data.modules.map((m) => [m.id, m]));
	return { labels, time: timeLabels(labels), data, modules, timed: (plan) => buildSession(plan.items, plan.start, modules) };
}

/**
 * Every item has the same three buttons, so each one's name says which item it acts on; the name
 * starts with the visible words, so speech control ("press Move down") still finds it.
 */
const named = (button: HTMLButtonElement, title: string) => button.setAttribute('aria-label', `${button.textContent}: ${title}`);

/** The plain-English reason a link was refused. */
const linkProblem = ({ labels }: Kit, result: Extract<Decoded, { ok: false }>) => labels.t(`planner.js.error-${result.error}`, { item: result.item ?? '' });

/** What a part of the plan is called: the module, the activity, or the break. */
function partTitle({ time }: Kit, part: SessionPart<PlanModule>): string {
	if (part.kind === 'break') return part.label || time.breakTitle;
	return part.kind === 'module' ? part.module.data.title : part.rows[0].activity.title;
}

function timetableRows(body: HTMLElement, session: PlanSession, { time }: Kit) {
	body.replaceChildren(
		...session.rows.map((row) => {
			const what = row.kind === 'activity' ? `${row.activity.title} (${row.module.data.title})` : row.label || time.breakTitle;
			return el('tr', undefined, row.kind === 'break' ? 'planner-break' : undefined, [el('td', time.clock(row.clock)), el('td', what), el('td', String(row.minutes))]);
		}),
	);
}

function fillList(list: HTMLElement, items: string[], none: string) {
	list.replaceChildren(...(items.length ? items : [none]).map((item) => el('li', item)));
}

/** "Total time: 3 hours 15 minutes, including 30 minutes of breaks. Starts at 09:30, ends at 12:45." */
function totalText({ labels, time }: Kit, session: PlanSession) {
	const vars = { time: time.duration(session.totalMinutes), breaks: time.duration(session.breakMinutes), start: session.start, end: time.clock(session.end) };
	return labels.t(session.breakMinutes ? 'planner.js.total-breaks' : 'planner.js.total', vars);
}

/** "Over by 15 minutes: the plan ends at 13:15 and you want to finish by 13:00." */
function endText({ labels, time }: Kit, target: string, session: PlanSession) {
	const by = overBy(session.start, session.totalMinutes, target);
	const vars = { time: time.duration(Math.abs(by)), end: time.clock(session.end), target };
	return labels.t(`planner.js.${by > 0 ? 'over' : by < 0 ? 'under' : 'on-time'}`, vars);
}

/** Messages are joined into one announcement: each ends with a full stop. */
const sentence = (message: string) => (/[.!?]$/.test(message) ? message : `${message}.`);

/** A plan with `?v=3…` for links; the bare page when there is nothing to keep. */
const query = (plan: Plan) => (plan.items.length || plan.title ? encodePlan(plan) : '');

export async function startPlanner(root: HTMLElement | null): Promise<void> {
	if (!root) return;
	const planner = kit(root);
	const { labels, time, data, timed } = planner;
	const say = (name: string, vars?: Record<string, string | number>) => labels.t(`planner.js.${name}`, vars);
	const catalogue = catalogueOf(data.modules);
	const alert = byId('planner-alert');
	const list = byId<HTMLOListElement>('planner-items');
	const titleInput = byId<HTMLInputElement>('planner-title');
	const startInput = byId<HTMLInputElement>('planner-start');
	const startError = byId('planner-start-error');
	const endInput = byId<HTMLInputElement>('planner-end');
	const endStatus = byId('planner-end-status');
	const groupInput = byId<HTMLInputElement>('planner-group');
	const groupError = byId('planner-group-error');
	const undoBox = byId('planner-undo');
	const breakMinutes = byId<HTMLInputElement>('planner-break-minutes');
	const breakLabel = byId<HTMLInputElement>('planner-break-label');
	const breakError = byId('planner-break-error');
	const addSelect = byId<HTMLSelectElement>('planner-add-select');
	const linkInput = byId<HTMLInputElement>('planner-link');
	const saveProblem = byId('planner-save-problem');
	const announce = announcer(byId('planner-status'));

	byId('planner-no-script').hidden = true;
	root.hidden = false;

	// Every read and write goes through the one store, which turns storage that is switched off into
	// `blocked`; open() first brings an older saved document up to date.
	const loaded = await open(browserStore);
	let canSave = loaded.ok;
	const cannotSave = (message: string) => {
		canSave = false;
		saveProblem.textContent = message;
		saveProblem.hidden = false;
	};
	if (!loaded.ok) cannotSave(say(loaded.problem === 'blocked' || loaded.problem === 'outdated' ? `cannot-save-${loaded.problem}` : 'cannot-save-other'));

	const showAlert = (...messages: string[]) => alert.replaceChildren(el('p', messages.join(' '), 'panel note'));

	/** The saved plan, if it still fits the modules this site has. */
	const savedPlan = (): Plan => {
		const saved = loaded.ok ? loaded.data.plan : null;
		if (!saved) return emptyPlan();
		const checked = checkPlan(saved, catalogue);
		if (checked.ok && checked.plan) return checked.plan;
		showAlert(say('error-saved'));
		return emptyPlan();
	};

	// Nothing is saved until the person changes something, unless the address brought a new plan.
	let plan: Plan;
	const fromLink = decodePlan(location.search, catalogue);
	if (!fromLink.ok) {
		showAlert(linkProblem(planner, fromLink), say('kept'));
		plan = savedPlan();
	} else if (fromLink.plan) {
		plan = fromLink.plan;
		if (fromLink.migratedFrom) showAlert(say('migrated'));
	} else {
		plan = savedPlan();
	}

	const persist = () => {
		if (!canSave) return;
		const result = update(browserStore, (doc) => void (doc.plan = plan.items.length || plan.title ? plan : null));
		if (!result.ok) cannotSave(say(result.problem === 'full' ? 'cannot-save-full' : 'cannot-save-other'));
	};

	const syncInputs = () => {
		titleInput.value = plan.title ?? '';
		startInput.value = plan.start;
		endInput.value = plan.end ?? '';
		groupInput.value = plan.group === undefined ? '' : String(plan.group);
		groupError.hidden = true;
		groupInput.removeAttribute('aria-invalid');
		startError.hidden = true;
		startInput.removeAttribute('aria-invalid');
	};

	const itemButton = (index: number, action: string, words: string, title: string) => {
		const button = el('button', say(words), 'btn btn-small');
		button.type = 'button';
		button.dataset.action = action;
		button.dataset.index = String(index);
		named(button, title);
		return button;
	};
	const moveButton = (index: number, by: -1 | 1, count: number, title: string) => {
		const button = itemButton(index, by < 0 ? 'up' : 'down', by < 0 ? 'move-up' : 'move-down', title);
		button.disabled = by < 0 ? index === 0 : index === count - 1;
		return button;
	};

	/** "Whole module", "Activity 2 of Recognising tokenism" (numbered among the module's group activities), "Break". */
	const kindOf = (part: SessionPart<PlanModule>) => {
		if (part.kind === 'break') return say('kind-break');
		if (part.kind === 'module') return say('kind-module');
		const number = part.module.data.activities.indexOf(part.rows[0].activity) + 1;
		return say('kind-activity', { number, module: part.module.data.title });
	};

	let session = timed(plan);

	const render = () => {
		session = timed(plan);
		const count = session.parts.length;
		byId('planner-empty').hidden = count > 0;
		list.replaceChildren(
			...session.parts.map((part, index) => {
				const title = partTitle(planner, part);
				const buttons = [moveButton(index, -1, count, title), moveButton(index, 1, count, title), itemButton(index, 'remove', 'remove', title)];
				if (part.kind === 'module') buttons.push(itemButton(index, 'expand', 'expand', title));
				return el('li', undefined, 'planner-item', [
					el('p', undefined, 'planner-item-head', [el('strong', title)]),
					el('p', `${kindOf(part)} · ${say('item-time', { clock: time.clock(part.clock), time: time.duration(part.minutes) })}`, 'meta'),
					el('p', undefined, 'planner-row', buttons),
				]);
			}),
		);
		const total = byId('planner-total');
		total.hidden = count === 0;
		total.textContent = totalText(planner, session);
		byId('planner-over-a-day').hidden = !session.overADay;
		// Written only when it changes, so the polite live region speaks once per new figure.
		const against = plan.end && count ? endText(planner, plan.end, session) : '';
		if (endStatus.textContent !== against) endStatus.textContent = against;
		timetableRows(byId('planner-rows'), session, planner);
		fillList(byId('planner-materials'), trainerChecklist(session, 'materials', labels, plan.group), byId('planner-materials').dataset.none ?? '');
		fillList(byId('planner-preparation'), trainerChecklist(session, 'preparation', labels, plan.group), byId('planner-preparation').dataset.none ?? '');
		const q = query(plan);
		linkInput.value = new URL(location.pathname + q, location.href).href;
		byId<HTMLAnchorElement>('planner-pack-link').href = root.dataset.pack + q;
		byId<HTMLAnchorElement>('planner-room-link').href = root.dataset.room + q;
		byId<HTMLButtonElement>('planner-add-button').disabled = count >= planLimits.items;
		byId<HTMLButtonElement>('planner-break-button').disabled = count >= planLimits.items;
	};

	/**
	 * Every change goes through here: the address, storage and the page follow the new plan. A change
	 * that loses something passes the plan before it as `undo`: an Undo button then puts it back,
	 * until the next change.
	 */
	let before: Plan | undefined;
	const change = (next: Plan, message?: string, undo?: Plan) => {
		before = undo;
		undoBox.hidden = !undo;
		if (undo && message) byId('planner-undo-text').textContent = message;
		if (undo && message) message = `${sentence(message)} ${say('can-undo')}`;
		plan = next;
		history.replaceState(history.state, '', location.pathname + query(plan) + location.hash);
		persist();
		render();
		if (message) announce(message);
	};

	// A plan that came in a good link is saved at once, and the address moves to the current version,
	// unless a different plan of the person's own is saved: that one is kept until they change this.
	const own = loaded.ok ? loaded.data.plan : null;
	const keepsOwn = fromLink.ok && fromLink.plan && own !== null && own.items.length > 0 && encodePlan(own) !== encodePlan(fromLink.plan);
	if (keepsOwn) {
		showAlert(...[fromLink.migratedFrom ? say('migrated') : '', say('link-kept')].filter(Boolean));
		history.replaceState(history.state, '', location.pathname + query(plan) + location.hash);
	} else if (fromLink.ok && fromLink.plan) change(plan);
	// A restored plan goes into the address (so reloading or bookmarking keeps it); a refused link
	// stays there until the plan changes, so the person can see what they opened.
	else if (fromLink.ok) history.replaceState(history.state, '', location.pathname + query(plan) + location.hash);
	syncInputs();
	render();

	const focusButton = (index: number, action: string) => list.querySelector<HTMLButtonElement>(`button[data-index="${index}"][data-action="${action}"]`);

	list.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const index = Number(button.dataset.index);
		const action = button.dataset.action!;
		const part = session.parts[index];
		const title = part ? partTitle(planner, part) : '';
		if (action === 'remove') {
			const next = removeItem(plan, index);
			change(next, say('removed', { title }), plan);
			// Focus goes to the item that took its place, or the one before, or the add control.
			(focusButton(Math.min(index, next.items.length - 1), 'remove') ?? addSelect).focus();
			return;
		}
		if (action === 'expand') {
			const next = expandModule(plan, index, catalogue);
			change(next, say('expanded', { title, count: next.items.length - plan.items.length + 1 }), plan);
			// Focus stays with the first of the new items, where the module was.
			focusButton(index, 'remove')?.focus();
			return;
		}
		const by = action === 'up' ? -1 : 1;
		const moved = moveItem(plan, index, by);
		if (moved === plan) return;
		change(moved, say('moved', { title, position: index + by + 1, count: plan.items.length }));
		// Keep focus on the moved item's button; at the top or bottom that one is disabled, so
		// focus moves to the item's other move button.
		const same = focusButton(index + by, action);
		(same && !same.disabled ? same : focusButton(index + by, action === 'up' ? 'down' : 'up'))?.focus();
	});

	byId('planner-add-button').addEventListener('click', () => {
		const result = decodeItem(addSelect.value, catalogue);
		if (!result.ok || plan.items.length >= planLimits.items) return;
		const next = { ...plan, items: [...plan.items, result.item] };
		const added = timed(next).parts.at(-1);
		const message = say('added', { title: added ? partTitle(planner, added) : '', position: next.items.length, count: next.items.length });
		// Added all the same (a warm-up may be run twice on purpose), but said, with the way back.
		const overlap = overlapOf(plan, result.item, catalogue);
		if (overlap < 0) change(next, message);
		else change(next, `${sentence(message)} ${say('twice', { position: overlap + 1 })}`, plan);
	});

	byId('planner-break-button').addEventListener('click', () => {
		const minutes = Number(breakMinutes.value);
		const { min, max } = planLimits.breakMinutes;
		const bad = !Number.isInteger(minutes) || minutes < min || minutes > max;
		breakError.hidden = !bad;
		if (bad) {
			breakMinutes.setAttribute('aria-invalid', 'true');
			breakMinutes.focus();
			return;
		}
		breakMinutes.removeAttribute('aria-invalid');
		const text = breakLabel.value.trim().slice(0, planLimits.labelCharacters);
		const next: Plan = { ...plan, items: [...plan.items, text ? { kind: 'break', minutes, label: text } : { kind: 'break', minutes }] };
		change(next, say('added', { title: text || time.breakTitle, position: next.items.length, count: next.items.length }));
	});

	byId('planner-from-button').addEventListener('click', () => {
		const id = byId<HTMLSelectElement>('planner-from-select').value;
		const ready = data.sessions.find((s) => s.id === id);
		const next = ready ? structuredClone(ready.plan) : emptyPlan();
		// The trainer's group size and finish time stay: they belong to the event, not the plan chosen.
		if (plan.group !== undefined) next.group = plan.group;
		if (plan.end) next.end = plan.end;
		const replacing = plan.items.length > 0;
		const message = ready ? say(replacing ? 'replaced' : 'started', { title: ready.title }) : say('started-empty');
		change(next, message, replacing ? plan : undefined);
		syncInputs();
	});

	titleInput.addEventListener('input', () => {
		const title = titleInput.value.trim().slice(0, planLimits.titleCharacters);
		const { title: _, ...rest } = plan;
		change(title ? { ...rest, title } : rest);
	});

	startInput.addEventListener('input', () => {
		const start = readStart(startInput.value);
		startError.hidden = start !== undefined;
		if (!start) {
			startInput.setAttribute('aria-invalid', 'true');
			return;
		}
		startInput.removeAttribute('aria-invalid');
		if (start !== plan.start) change({ ...plan, start });
	});

	byId('planner-copy').addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(linkInput.value);
			announce(say('copied'));
		} catch {
			// No clipboard (an old browser, or permission refused): select the link to copy by hand.
			linkInput.focus();
			linkInput.select();
			announce(say('copy-failed'));
		}
	});

	byId('planner-clear').addEventListener('click', () => {
		change(emptyPlan(plan.start), say('cleared'), plan.items.length || plan.title ? plan : undefined);
		syncInputs();
		alert.replaceChildren();
	});

	byId('planner-undo-button').addEventListener('click', () => {
		if (!before) return;
		change(before, say('undone'));
		syncInputs();
		// The button goes with the message, so focus moves to the plan it brought back.
		byId('planner-plan').focus();
	});

	endInput.addEventListener('input', () => {
		const end = readStart(endInput.value);
		if (end === plan.end || (!end && endInput.value)) return;
		const { end: _, ...rest } = plan;
		change(end ? { ...rest, end } : rest);
	});

	groupInput.addEventListener('input', () => {
		const text = groupInput.value.trim();
		const group = Number(text);
		const { min, max } = planLimits.groupSize;
		const bad = text !== '' && (!Number.isInteger(group) || group < min || group > max);
		groupError.hidden = !bad;
		if (bad) return groupInput.setAttribute('aria-invalid', 'true');
		groupInput.removeAttribute('aria-invalid');
		const { group: _, ...rest } = plan;
		change(text ? { ...rest, group } : rest);
	});
}

/** The plan in the page's address for the pack and the room view, timed, or why there is none. */
function planFromAddress(planner: Kit, emptyKey: string) {
	const decoded = decodePlan(location.search, catalogueOf(planner.data.modules));
	if (!decoded.ok) return { problem: linkProblem(planner, decoded) };
	if (!decoded.plan || decoded.plan.items.length === 0) return { problem: planner.labels.t(emptyKey) };
	return { plan: decoded.plan, session: planner.timed(decoded.plan) };
}

function timetableTable(planner: Kit, session: PlanSession) {
	const body = el('tbody');
	timetableRows(body, session, planner);
	const headings = ['planner.time', 'planner.what', 'planner.minutes'].map((key) => {
		const th = el('th', planner.labels.t(key));
		th.scope = 'col';
		return th;
	});
	return el('div', undefined, 'table-wrap', [el('table', undefined, 'planner-table', [el('thead', undefined, undefined, [el('tr', undefined, undefined, headings)]), body])]);
}

function section(id: string, heading: string, level: 'h2' | 'h3' = 'h2') {
	const part = el('section');
	part.setAttribute('aria-labelledby', id);
	const h = el(level, heading);
	h.id = id;
	part.append(h);
	return part;
}

/**
 * A printable page's main content, ready to sit inside the pack: only the activities in `keep`
 * (each activity's section carries data-activity), without what a facilitator version marks
 * data-pack-omit (and its own title block, glossary and sources) when `notes` is set; its ids
 * (and the references to them) prefixed so two modules never share one, and its headings moved
 * down by `shift` levels.
 */
export function adoptHandout(doc: Document, prefix: string, shift: number, keep?: readonly string[], notes = false): Node[] {
	const main = doc.querySelector('main');
	if (!main) return [];
	if (keep) main.querySelectorAll<HTMLElement>('[data-activity]').forEach((node) => keep.includes(node.dataset.activity!) || node.remove());
	if (notes) main.querySelectorAll('[data-pack-omit], .handout-head, .handout-glossary, .handout-sources').forEach((node) => node.remove());
	main.querySelectorAll('[id]').forEach((node) => (node.id = `${prefix}-${node.id}`));
	for (const name of ['aria-labelledby', 'aria-describedby', 'for', 'headers']) {
		main.querySelectorAll(`[${name}]`).forEach((node) => node.setAttribute(name, node.getAttribute(name)!.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ')));
	}
	main.querySelectorAll<HTMLAnchorElement>('a[href^="#"]').forEach((a) => a.setAttribute('href', `#${prefix}-${a.getAttribute('href')!.slice(1)}`));
	main.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((heading) => {
		const level = Math.min(6, Number(heading.tagName[1]) + shift);
		const moved = doc.createElement(`h${level}`);
		for (const attr of heading.attributes) moved.setAttribute(attr.name, attr.value);
		moved.append(...heading.childNodes);
		heading.replaceWith(moved);
	});
	return [...main.childNodes].map((node) => document.importNode(node, true));
}

/**
 * One row of the sign-in sheet for each person in the group. The server wrote the default number
 * of blank rows (the same function's answer without a group), so this only adds or removes rows.
 */
function sizeSignIn(group: number | undefined): void {
	const table = document.querySelector<HTMLTableElement>('#sign-in table');
	const body = table?.tBodies[0];
	const model = body?.rows[0];
	if (!table || !body || !model) return;
	const rows = signInRows(group);
	while (body.rows.length > rows) body.rows[body.rows.length - 1].remove();
	while (body.rows.length < rows) {
		const row = model.cloneNode(true) as HTMLTableRowElement;
		row.cells[0].textContent = String(body.rows.length + 1);
		body.append(row);
	}
	table.dataset.signInRows = String(rows);
}

/** The "this lasts a day or more" warning, if the session does. */
const overADay = ({ labels }: Kit, session: PlanSession) => (session.overADay ? [el('p', labels.t('session.overADay'), 'panel note')] : []);

/** A contents entry: a link to a part of the pack. */
const entry = (href: string, text: string, children: Node[] = []) => el('li', undefined, undefined, [Object.assign(el('a', text), { href: `#${href}` }), ...children]);

/**
 * The pack: a cover (contents, what to copy), the timetable and checklists, the facilitator notes
 * of the activities in the plan, the sheets, then each module's participant handout with only
 * those activities. Every part starts a new page (planner.css); the participants' parts are
 * marked pack-copy and the rest pack-staff, for "Show only what participants get" (handout.css).
 */
export async function startPack(root: HTMLElement | null): Promise<void> {
	if (!root) return;
	const planner = kit(root);
	const { labels } = planner;
	const t = labels.t.bind(labels);
	byId('pack-no-script').hidden = true;
	root.hidden = false;
	const status = byId('pack-status');
	const found = planFromAddress(planner, 'pack.empty');
	if (!found.plan) {
		status.setAttribute('role', 'alert');
		status.textContent = found.problem;
		return;
	}
	const { plan, session } = found;
	const heading = document.querySelector('h1');
	if (plan.title && heading) {
		heading.textContent = plan.title;
		document.title = `${plan.title}: ${t('pack.title')}`;
		for (const line of document.querySelectorAll('.session-title')) line.textContent = plan.title;
	}
	status.textContent = t('pack.loading');
	const modules = session.modules;
	const notesId = (i: number) => `pack-notes-${i + 1}`;
	const handoutId = (i: number) => `pack-handout-${i + 1}`;

	// What to copy, and how many: each participant handout and the forms for everyone; one sign-in sheet.
	const group = plan.group;
	const sheets = ['sign-in', 'expenses', 'evaluation'].map((id) => ({ id, title: byId(`${id}-title`)?.textContent ?? id }));
	const copies = copiesToMake([...modules.map((m) => ({ title: t('pack.handout', { title: m.data.title }) })), ...sheets.map((sheet) => ({ title: sheet.title, once: sheet.id === 'sign-in' }))], labels, group);
	const copyList = el('ul', undefined, undefined, copies.map((line) => el('li', line)));
	sizeSignIn(group);
	const sub = (items: Node[]) => [el('ul', undefined, undefined, items)];
	byId('pack-cover').append(
		el('h2', t('handout.contents')),
		el('ol', undefined, 'contents', [
			entry('pack-timetable', t('planner.timetable')),
			entry('pack-checklists', t('planner.checklists')),
			entry('pack-safety', t('pack.safety')),
			el('li', t('pack.notesPart'), undefined, sub(modules.map((m, i) => entry(notesId(i), m.data.title)))),
			el('li', t('pack.sheetsPart'), undefined, sub(sheets.map((sheet) => entry(sheet.id, sheet.title)))),
			el('li', t('pack.handoutsPart'), undefined, sub(modules.map((m, i) => entry(handoutId(i), m.data.title)))),
		]),
		el('h2', t('pack.copies')),
		el('p', group ? t('pack.copiesFor', { count: group }) : t('pack.copiesUnknown'), 'meta'),
		copyList,
	);

	const times = section('pack-timetable', t('planner.timetable'));
	times.append(el('p', totalText(planner, session), 'font-semibold'), ...overADay(planner, session), timetableTable(planner, session));
	const lists = section('pack-checklists', t('planner.checklists'));
	for (const field of ['materials', 'preparation'] as const) {
		const list = el('ul', undefined, 'checklist');
		fillList(list, trainerChecklist(session, field, labels, group), t('facilitator.none'));
		lists.append(el('h3', t(`facilitator.${field}`)), list);
	}
	for (const part of [times, lists]) part.classList.add('pack-part', 'pack-staff');
	// Before the safety section, which the server wrote, so the pack runs in the ready-made packs' order.
	byId('pack-safety').before(times, lists);

	// Address patterns with {id}, written by the server from src/lib/handouts.ts.
	const routes = { facilitator: root.dataset.facilitator!, participant: root.dataset.participant! };
	const chosen = chosenActivities(session);
	const failed: string[] = [];
	const fetchPage = async (kind: keyof typeof routes, id: string) => {
		const response = await fetch(routes[kind].replace('{id}', encodeURIComponent(id)));
		if (!response.ok) throw new Error(String(response.status));
		return new DOMParser().parseFromString(await response.text(), 'text/html');
	};
	// Fetched one after another, in order: a pack of many modules should not flood a slow connection.
	for (const [i, module] of modules.entries()) {
		const keep = chosen.get(module.id) ?? [];
		const notes = section(notesId(i), t('pack.notes', { title: module.data.title }));
		notes.classList.add('pack-part', 'pack-staff', 'pack-facilitator');
		const handout = el('section', undefined, 'pack-part pack-copy pack-participant');
		handout.id = handoutId(i);
		handout.setAttribute('aria-label', t('pack.handout', { title: module.data.title }));
		try {
			notes.append(...adoptHandout(await fetchPage('facilitator', module.id), `m${i + 1}-facilitator`, 1, keep, true));
			handout.append(...adoptHandout(await fetchPage('participant', module.id), `m${i + 1}-participant`, 1, keep));
		} catch {
			failed.push(module.data.title);
		}
		byId('pack-notes').append(notes);
		byId('pack-handouts').append(handout);
	}
	status.textContent = failed.length ? t('pack.failed', { title: [...new Set(failed)].join(', ') }) : t('pack.ready');
	if (failed.length) status.setAttribute('role', 'alert');
}

export function startRoom(root: HTMLElement | null): void {
	if (!root) return;
	const planner = kit(root);
	const { labels, time } = planner;
	byId('room-no-script').hidden = true;
	root.hidden = false;
	const found = planFromAddress(planner, 'planner.js.empty');
	const status = byId('room-status');
	const frame = root.querySelector<HTMLElement>('[data-room]')!;
	if (!found.plan) {
		status.setAttribute('role', 'alert');
		status.textContent = found.problem;
		frame.hidden = true;
		return;
	}
	if (found.plan.title) byId('room-title').textContent = found.plan.title;
	byId<HTMLAnchorElement>('room-back').search = location.search;
	const { session } = found;
	status.textContent = [totalText(planner, session), ...(session.overADay ? [labels.t('session.overADay')] : [])].join(' ');
	// Each activity's section is copied from the page's template (keyed <module>.<activity id>); breaks are made here.
	const bank = byId<HTMLTemplateElement>('room-bank').content;
	const keys = frame.querySelector('[data-room-keys]')!;
	session.rows.forEach((row, i) => {
		const at = time.clock(row.clock);
		let slide: HTMLElement | null = null;
		if (row.kind === 'activity') {
			const model = bank.querySelector<HTMLElement>(`[data-bank="${row.module.id}.${row.activity.id}"]`);
			slide = model && (model.cloneNode(true) as HTMLElement);
			if (slide) slide.querySelector('.room-context')!.textContent = labels.t('room.part', { title: row.module.data.title, time: at });
		}
		if (!slide) {
			const title = row.kind === 'break' ? row.label || time.breakTitle : row.activity.title;
			const heading = el('h2', title);
			heading.tabIndex = -1;
			const resumes = time.clock(session.rows[i + 1]?.clock ?? session.end);
			slide = el('section', undefined, 'room-slide room-break', [el('p', at, 'room-context'), heading, el('p', time.duration(row.minutes), 'room-minutes'), el('p', labels.t('room.breakText', { time: resumes }))]);
			slide.dataset.minutes = String(row.minutes);
			slide.dataset.title = title;
		}
		slide.removeAttribute('data-bank');
		slide.setAttribute('data-room-slide', '');
		keys.before(slide);
	});
	startRoomView(frame);
}
