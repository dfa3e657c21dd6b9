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
 * Strings come from data-label-* attributes (the dictionary lives on the server); the modules and
 * sessions from the page's JSON data island. Everything is written with DOM methods and
 * textContent; the only HTML inserted is the site's own printable pages, in the pack. No
 * element.style: layout comes from classes and the hidden attribute (the CSP allows no inline style).
 */
import { catalogueOf, type PlannerData } from '../lib/planner/data';
import { decodePlan, emptyPlan, encodePlan, checkPlan, decodeItem, moveItem, readStart, type Catalogue, type Decoded, type Plan } from '../lib/planner/plan';
import { planLimits } from '../lib/planner/limits';
import { planChecklist, planModules, splitMinutes, timePlan, type Moment, type Timetable } from '../lib/planner/timetable';
import { open, update, type Opened } from '../lib/storage/saved-data';
import { startRoomView } from './room-view';

type Vars = Record<string, string | number>;
type Label = (name: string, vars?: Vars) => string;

const labeller =
	(root: HTMLElement): Label =>
	(name, vars = {}) =>
		(root.getAttribute(`data-label-${name}`) ?? '').replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function readData(): PlannerData {
	return JSON.parse(byId('planner-data').textContent ?? '{}') as PlannerData;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/**
 * Every item has the same three buttons, so each one's name says which item it acts on; the name
 * starts with the visible words, so speech control ("press Move down") still finds it.
 */
const named = (button: HTMLButtonElement, title: string) => button.setAttribute('aria-label', `${button.textContent}: ${title}`);

/** "09:30", or "00:15 (+1 day)" past midnight. */
const moment = (label: Label, at: Moment) => (at.day ? `${at.clock} ${label(at.day === 1 ? 'next-day' : 'next-days', { count: at.day })}` : at.clock);

/** The plain-English reason a link was refused. */
const linkProblem = (label: Label, result: Extract<Decoded, { ok: false }>) => label(`error-${result.error}`, { item: result.item ?? '' });

/** Storage, or why there is none: reading `localStorage` itself throws where storage is blocked. */
async function readStore(): Promise<{ store?: Storage; loaded: Opened }> {
	try {
		const store = window.localStorage;
		return { store, loaded: await open(store) };
	} catch {
		return { loaded: { ok: false, problem: 'blocked' } };
	}
}

function timetableRows(body: HTMLElement, table: Timetable, label: Label) {
	body.replaceChildren(
		...table.slots.map((slot) => {
			const row = el('tr');
			const what = slot.module ? `${slot.title} (${slot.module.title})` : slot.title;
			row.append(el('td', moment(label, slot.at)), el('td', what), el('td', String(slot.minutes)));
			if (slot.kind === 'break') row.className = 'planner-break';
			return row;
		}),
	);
}

function fillList(list: HTMLElement, items: string[], none: string) {
	list.replaceChildren(...(items.length ? items : [none]).map((item) => el('li', item)));
}

function totalText(label: Label, plan: Plan, table: Timetable) {
	const { hours, minutes } = splitMinutes(table.totalMinutes);
	return label('total', { hours, minutes, breaks: table.breakMinutes, start: plan.start, end: moment(label, table.end) });
}

/** A plan with `?v=2…` for links; the bare page when there is nothing to keep. */
const query = (plan: Plan, catalogue: Catalogue) => (plan.items.length || plan.title ? encodePlan(plan, catalogue) : '');

export async function startPlanner(root: HTMLElement | null): Promise<void> {
	if (!root) return;
	const label = labeller(root);
	const data = readData();
	const catalogue = catalogueOf(data.modules);
	const modules = new Map(data.modules.map((m) => [m.id, m]));
	const alert = byId('planner-alert');
	const status = byId('planner-status');
	const list = byId<HTMLOListElement>('planner-items');
	const titleInput = byId<HTMLInputElement>('planner-title');
	const startInput = byId<HTMLInputElement>('planner-start');
	const startError = byId('planner-start-error');
	const breakMinutes = byId<HTMLInputElement>('planner-break-minutes');
	const breakLabel = byId<HTMLInputElement>('planner-break-label');
	const breakError = byId('planner-break-error');
	const addSelect = byId<HTMLSelectElement>('planner-add-select');
	const linkInput = byId<HTMLInputElement>('planner-link');
	const saveProblem = byId('planner-save-problem');

	byId('planner-no-script').hidden = true;
	root.hidden = false;

	const { store, loaded } = await readStore();
	let canSave = loaded.ok && store !== undefined;
	const cannotSave = (message: string) => {
		canSave = false;
		saveProblem.textContent = message;
		saveProblem.hidden = false;
	};
	if (!loaded.ok) cannotSave(label(loaded.problem === 'blocked' || loaded.problem === 'outdated' ? `cannot-save-${loaded.problem}` : 'cannot-save-other'));

	const showAlert = (...messages: string[]) => {
		const panel = el('p', messages.join(' '), 'panel note');
		alert.replaceChildren(panel);
	};

	/** The saved plan, if it still fits the modules this site has. */
	const savedPlan = (): Plan => {
		const saved = loaded.ok ? loaded.data.plan : null;
		if (!saved) return emptyPlan();
		const checked = checkPlan(saved, catalogue);
		if (checked.ok && checked.plan) return checked.plan;
		showAlert(label('error-saved'));
		return emptyPlan();
	};

	// Nothing is saved until the person changes something, unless the address brought a new plan.
	let plan: Plan;
	const fromLink = decodePlan(location.search, catalogue);
	if (!fromLink.ok) {
		showAlert(linkProblem(label, fromLink), label('kept'));
		plan = savedPlan();
	} else if (fromLink.plan) {
		plan = fromLink.plan;
		if (fromLink.migratedFrom) showAlert(label('migrated'));
	} else {
		plan = savedPlan();
	}

	const persist = () => {
		if (!canSave || !store) return;
		const result = update(store, (doc) => void (doc.plan = plan.items.length || plan.title ? plan : null));
		if (!result.ok) cannotSave(label(result.problem === 'full' ? 'cannot-save-full' : 'cannot-save-other'));
	};

	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	// Emptied first, so the same words said twice ("Moved… to position 2") are announced twice.
	const announce = (message: string) => {
		status.textContent = '';
		clearTimeout(announceTimer);
		announceTimer = setTimeout(() => (status.textContent = message), 50);
	};

	const syncInputs = () => {
		titleInput.value = plan.title ?? '';
		startInput.value = plan.start;
		startError.hidden = true;
		startInput.removeAttribute('aria-invalid');
	};

	const moveButton = (index: number, by: -1 | 1, count: number, title: string) => {
		const button = el('button', label(by < 0 ? 'move-up' : 'move-down'), 'btn btn-small');
		button.type = 'button';
		button.dataset.action = by < 0 ? 'up' : 'down';
		button.dataset.index = String(index);
		button.disabled = by < 0 ? index === 0 : index === count - 1;
		named(button, title);
		return button;
	};

	let table = timePlan(plan, modules, label('break'));

	const render = () => {
		table = timePlan(plan, modules, label('break'));
		const count = table.items.length;
		byId('planner-empty').hidden = count > 0;
		list.replaceChildren(
			...table.items.map((timed, index) => {
				const item = el('li', undefined, 'planner-item');
				const head = el('p', undefined, 'planner-item-head');
				head.append(el('strong', timed.title));
				const kind =
					timed.item.kind === 'break'
						? label('kind-break')
						: timed.item.kind === 'activity'
							? label('kind-activity', { number: timed.slots[0]?.number ?? '?', module: timed.module?.title ?? timed.item.module })
							: label('kind-module');
				item.append(head, el('p', `${kind} · ${label('item-time', { clock: moment(label, timed.at), minutes: timed.minutes })}`, 'meta'));
				const buttons = el('p', undefined, 'planner-row');
				const remove = el('button', label('remove'), 'btn btn-small');
				remove.type = 'button';
				remove.dataset.action = 'remove';
				remove.dataset.index = String(index);
				named(remove, timed.title);
				buttons.append(moveButton(index, -1, count, timed.title), moveButton(index, 1, count, timed.title), remove);
				item.append(buttons);
				return item;
			}),
		);
		const total = byId('planner-total');
		total.hidden = count === 0;
		total.textContent = totalText(label, plan, table);
		timetableRows(byId('planner-rows'), table, label);
		fillList(byId('planner-materials'), planChecklist(table, 'materials'), byId('planner-materials').dataset.none ?? '');
		fillList(byId('planner-preparation'), planChecklist(table, 'preparation'), byId('planner-preparation').dataset.none ?? '');
		const q = query(plan, catalogue);
		linkInput.value = new URL(location.pathname + q, location.href).href;
		byId<HTMLAnchorElement>('planner-pack-link').href = root.dataset.pack + q;
		byId<HTMLAnchorElement>('planner-room-link').href = root.dataset.room + q;
		byId<HTMLButtonElement>('planner-add-button').disabled = count >= planLimits.items;
		byId<HTMLButtonElement>('planner-break-button').disabled = count >= planLimits.items;
	};

	/** Every change goes through here: the address, storage and the page follow the new plan. */
	const change = (next: Plan, message?: string) => {
		plan = next;
		history.replaceState(history.state, '', location.pathname + query(plan, catalogue) + location.hash);
		persist();
		render();
		if (message) announce(message);
	};

	// A plan that came in a good link is saved at once, and the address moves to the current version,
	// unless a different plan of the person's own is saved: that one is kept until they change this.
	const own = loaded.ok ? loaded.data.plan : null;
	const keepsOwn = fromLink.ok && fromLink.plan && own !== null && own.items.length > 0 && encodePlan(own, catalogue) !== encodePlan(fromLink.plan, catalogue);
	if (keepsOwn) {
		showAlert(...[fromLink.migratedFrom ? label('migrated') : '', label('link-kept')].filter(Boolean));
		history.replaceState(history.state, '', location.pathname + query(plan, catalogue) + location.hash);
	} else if (fromLink.ok && fromLink.plan) change(plan);
	// A restored plan goes into the address (so reloading or bookmarking keeps it); a refused link
	// stays there until the plan changes, so the person can see what they opened.
	else if (fromLink.ok) history.replaceState(history.state, '', location.pathname + query(plan, catalogue) + location.hash);
	syncInputs();
	render();

	const focusButton = (index: number, action: string) => list.querySelector<HTMLButtonElement>(`button[data-index="${index}"][data-action="${action}"]`);

	list.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const index = Number(button.dataset.index);
		const action = button.dataset.action!;
		const title = table.items[index]?.title ?? '';
		if (action === 'remove') {
			const items = plan.items.filter((_, i) => i !== index);
			change({ ...plan, items }, label('removed', { title }));
			// Focus goes to the item that took its place, or the one before, or the add control.
			(focusButton(Math.min(index, items.length - 1), 'remove') ?? addSelect).focus();
			return;
		}
		const by = action === 'up' ? -1 : 1;
		const moved = moveItem(plan, index, by);
		if (moved === plan) return;
		change(moved, label('moved', { title, position: index + by + 1, count: plan.items.length }));
		// Keep focus on the moved item's button; at the top or bottom that one is disabled, so
		// focus moves to the item's other move button.
		const same = focusButton(index + by, action);
		(same && !same.disabled ? same : focusButton(index + by, action === 'up' ? 'down' : 'up'))?.focus();
	});

	byId('planner-add-button').addEventListener('click', () => {
		const result = decodeItem(addSelect.value, catalogue);
		if (!result.ok || plan.items.length >= planLimits.items) return;
		const next = { ...plan, items: [...plan.items, result.item] };
		const title = timePlan(next, modules).items.at(-1)?.title ?? '';
		change(next, label('added', { title, position: next.items.length, count: next.items.length }));
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
		change(next, label('added', { title: text || label('break'), position: next.items.length, count: next.items.length }));
	});

	byId('planner-from-button').addEventListener('click', () => {
		const id = byId<HTMLSelectElement>('planner-from-select').value;
		const session = data.sessions.find((s) => s.id === id);
		change(session ? structuredClone(session.plan) : emptyPlan(), session ? label('started', { title: session.title }) : label('started-empty'));
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
			announce(label('copied'));
		} catch {
			// No clipboard (an old browser, or permission refused): select the link to copy by hand.
			linkInput.focus();
			linkInput.select();
			announce(label('copy-failed'));
		}
	});

	byId('planner-clear').addEventListener('click', () => {
		change(emptyPlan(plan.start), label('cleared'));
		syncInputs();
		alert.replaceChildren();
	});
}

/** The plan in the page's address for the pack and the room view, or why there is none. */
function planFromAddress(label: Label) {
	const data = readData();
	const decoded = decodePlan(location.search, catalogueOf(data.modules));
	const modules = new Map(data.modules.map((m) => [m.id, m]));
	if (!decoded.ok) return { problem: linkProblem(label, decoded) };
	if (!decoded.plan || decoded.plan.items.length === 0) return { problem: label('empty') };
	return { plan: decoded.plan, table: timePlan(decoded.plan, modules, label('break')) };
}

function timetableTable(label: Label, table: Timetable) {
	const wrap = el('div', undefined, 'table-wrap');
	const grid = el('table', undefined, 'planner-table');
	const head = el('thead');
	const row = el('tr');
	for (const name of ['time', 'what', 'minutes']) {
		const th = el('th', label(name));
		th.scope = 'col';
		row.append(th);
	}
	head.append(row);
	const body = el('tbody');
	timetableRows(body, table, label);
	grid.append(head, body);
	wrap.append(grid);
	return wrap;
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
 * A printable page's main content, ready to sit inside the pack: its ids (and the references to
 * them) prefixed so two modules never share one, and its headings moved down by `shift` levels.
 */
export function adoptHandout(doc: Document, prefix: string, shift: number): Node[] {
	const main = doc.querySelector('main');
	if (!main) return [];
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

export async function startPack(root: HTMLElement | null): Promise<void> {
	if (!root) return;
	const label = labeller(root);
	byId('pack-no-script').hidden = true;
	root.hidden = false;
	const status = byId('pack-status');
	const body = byId('pack-body');
	const found = planFromAddress(label);
	if (!found.plan) {
		status.setAttribute('role', 'alert');
		status.textContent = found.problem;
		return;
	}
	const { plan, table } = found;
	const heading = document.querySelector('h1');
	if (plan.title && heading) {
		heading.textContent = plan.title;
		document.title = `${plan.title}: ${label('title')}`;
		for (const line of document.querySelectorAll('.session-title')) line.textContent = plan.title;
	}
	status.textContent = label('loading');
	const times = section('pack-timetable', label('timetable'));
	times.append(el('p', totalText(label, plan, table), 'font-semibold'), timetableTable(label, table));
	const lists = section('pack-checklists', label('checklists'));
	for (const field of ['materials', 'preparation'] as const) {
		const list = el('ul', undefined, 'checklist');
		fillList(list, planChecklist(table, field), label('none'));
		lists.append(el('h3', label(field)), list);
	}
	body.append(times, lists);
	const chosen = planModules(table);
	// Address patterns with {id}, written by the server from src/lib/handouts.ts.
	const routes = { facilitator: root.dataset.facilitator!, participant: root.dataset.participant! };
	const failed: string[] = [];
	// Fetched one after another, in order: a pack of many modules should not flood a slow connection.
	for (const [i, module] of chosen.entries()) {
		const part = section(`pack-module-${i + 1}`, label('module', { number: i + 1, title: module.title }));
		part.classList.add('pack-module');
		for (const kind of ['facilitator', 'participant'] as const) {
			try {
				const response = await fetch(routes[kind].replace('{id}', encodeURIComponent(module.id)));
				if (!response.ok) throw new Error(String(response.status));
				const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
				const holder = el('div', undefined, `pack-${kind}`);
				holder.append(...adoptHandout(doc, `m${i + 1}-${kind}`, 2));
				part.append(holder);
			} catch {
				failed.push(module.title);
			}
		}
		body.append(part);
	}
	status.textContent = failed.length ? label('failed', { title: [...new Set(failed)].join(', ') }) : label('ready');
	if (failed.length) status.setAttribute('role', 'alert');
}

export function startRoom(root: HTMLElement | null): void {
	if (!root) return;
	const label = labeller(root);
	byId('room-no-script').hidden = true;
	root.hidden = false;
	const found = planFromAddress(label);
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
	status.textContent = totalText(label, found.plan, found.table);
	// Each activity's section is copied from the page's template; breaks are made here.
	const bank = byId<HTMLTemplateElement>('room-bank').content;
	const keys = frame.querySelector('[data-room-keys]')!;
	const { slots, end } = found.table;
	slots.forEach((slot, i) => {
		const time = moment(label, slot.at);
		let section: HTMLElement | null = null;
		if (slot.kind === 'activity' && slot.module) {
			const model = bank.querySelector<HTMLElement>(`[data-bank="${slot.module.id}.${slot.number}"]`);
			section = model && (model.cloneNode(true) as HTMLElement);
			if (section) section.querySelector('.room-context')!.textContent = label('room-part', { title: slot.module.title, time });
		}
		if (!section) {
			section = el('section', undefined, 'room-slide room-break');
			const heading = el('h2', slot.title);
			heading.tabIndex = -1;
			section.append(el('p', time, 'room-context'), heading, el('p', label('room-minutes', { count: slot.minutes }), 'room-minutes'), el('p', label('room-break-text', { time: moment(label, slots[i + 1]?.at ?? end) })));
			section.dataset.minutes = String(slot.minutes);
			section.dataset.title = slot.title;
		}
		section.removeAttribute('data-bank');
		section.setAttribute('data-room-slide', '');
		keys.before(section);
	});
	startRoomView(frame);
}
