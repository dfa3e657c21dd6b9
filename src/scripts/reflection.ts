/**
 * The role reflection page (short or full version): keeps the answers in the shared saved
 * document, and on request describes in words each role with enough answers
 * (src/lib/reflection.ts), lists small next steps and fills in the printable development plan.
 * Results shown and then changed are marked out of date until updated. All text goes in as text,
 * never HTML.
 */
import { Labels, type Vars } from '../lib/labels';
import { storageProblemKey } from './toolkit/storage-problem';
import { described, suggest, summarise, type Answer, type Link, type RoleGroup, type RoleNext, type Step } from '../lib/reflection';
import { browserStore, load, longDate, open, type SavedData, today, update } from '../lib/storage/saved-data';

interface Island {
	labels: Record<string, string>;
	groups: RoleGroup[];
	/** Every statement id of both versions. */
	known: string[];
	roles: Record<string, { title: string; href: string }>;
	next: Record<string, RoleNext>;
	firstPath: Link;
	url: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, children: Node[] = []): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	node.append(...children);
	return node;
}

const anchor = (link: Link | { title: string; href: string }) => {
	const a = element('a', link.title);
	a.href = link.href;
	return a;
};

export async function startReflection() {
	const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
	const island = JSON.parse($('reflection-data').textContent ?? '{}') as Island;
	const labels = new Labels(island.labels);
	const label = (key: string, vars?: Vars) => labels.t(key, vars);
	const page = $('reflection');
	const status = $('reflect-status');
	const results = $('reflect-results');
	const stale = $('reflect-stale');
	const problem = page.querySelector<HTMLElement>('.problem')!;
	const radios = [...page.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
	const onPage = new Set(radios.map((r) => r.name));
	const texts = new Map(island.groups.flatMap((g) => g.statements).map((s) => [s.id, s.text]));
	const roleTitle = (roleId: string) => island.roles[roleId].title;
	const say = (text: string) => (status.textContent = text);

	const loaded = await open(browserStore);
	let canSave = loaded.ok;
	const fail = (key: string) => {
		canSave = false;
		problem.textContent = label(key);
		problem.hidden = false;
	};
	if (!loaded.ok) fail(storageProblemKey(loaded.problem));
	/** Answers to statements not on this page (the other version's), kept as they are when this page saves. */
	let elsewhere: Record<string, Answer> = {};
	if (loaded.ok && loaded.data.reflection) {
		const known = new Set(island.known);
		const saved = loaded.data.reflection.answers;
		for (const radio of radios) radio.checked = saved[radio.name] === Number(radio.value);
		elsewhere = Object.fromEntries(Object.entries(saved).filter(([id]) => !onPage.has(id) && known.has(id)));
		// An answer to a statement no longer asked goes where My data lists such things, to see or delete.
		const gone = Object.entries(saved).filter(([id]) => !known.has(id));
		if (gone.length && canSave) {
			const result = update(browserStore, (data: SavedData) => {
				for (const [key, answer] of gone) {
					data.unmatched.push({ from: 'answer', key, answer });
					delete data.reflection!.answers[key];
				}
				if (!Object.keys(data.reflection!.answers).length) data.reflection = null;
			});
			if (!result.ok) fail(storageProblemKey(result.problem));
		}
	}

	const given = (): Record<string, Answer> => Object.fromEntries(radios.filter((r) => r.checked).map((r) => [r.name, Number(r.value) as Answer]));

	let announced = false;
	const keep = (answers: Record<string, Answer> | null) => {
		if (!canSave) return;
		const all = answers && { ...elsewhere, ...answers };
		const result = update(browserStore, (data: SavedData) => {
			data.reflection = all && Object.keys(all).length ? { answers: all, updated: today() } : null;
		});
		if (!result.ok) fail(storageProblemKey(result.problem));
		else if (!announced && answers) {
			announced = true;
			say(label('reflect.saved'));
		}
	};

	/** True once results are shown and no answer has changed since. */
	let current = false;
	page.addEventListener('change', (event) => {
		if (!(event.target as HTMLElement).matches('input[type="radio"]')) return;
		keep(given());
		if (!results.hidden && current) {
			current = false;
			stale.hidden = false;
			say(label('reflect.staleStatus'));
		}
	});

	const stepItem = ({ roleId, module }: Step) =>
		element('li', undefined, [anchor(module), document.createTextNode(` (${label('reflect.stepMeta', { role: roleTitle(roleId), time: module.time ?? '' })})`)]);
	const pathItem = (path: Link) => element('li', undefined, [anchor(path), document.createTextNode(path.time ? ` (${label('reflect.pathMeta', { time: path.time })})` : '')]);

	function show(moveFocus: boolean) {
		const answers = given();
		current = true;
		stale.hidden = true;
		if (!Object.keys(answers).length) {
			results.hidden = true;
			page.classList.remove('has-plan');
			if (moveFocus) say(label('reflect.noAnswers'));
			return;
		}
		const summary = summarise(island.groups, answers);
		const now = load(browserStore);
		const done = new Set(now.ok ? Object.keys(now.data.done) : []);
		const next = suggest(summary, new Map(Object.entries(island.next)), island.firstPath, done);

		const sameLine = $('reflect-all-same');
		sameLine.hidden = summary.allSame === null || !next.ready;
		sameLine.textContent = sameLine.hidden ? '' : label(`reflect.allSame.${summary.allSame}`);

		// Each role in words: what the person said is like them, in their answers' own sentences.
		$('reflect-roles').replaceChildren(
			...summary.roles.flatMap((role) => {
				const words = label(`reflect.level.${role.level}`, { answered: role.answered, total: role.answered + role.unanswered, needed: role.needed });
				const parts: Node[] = [element('h3', undefined, [anchor(island.roles[role.roleId])]), element('p', words)];
				const said = role.level === 'a-lot' ? role.aLot : role.level === 'some' ? [...role.aLot, ...role.some] : [];
				if (said.length) parts.push(element('ul', undefined, said.map((id) => element('li', texts.get(id)))));
				return parts;
			}),
		);

		$('reflect-withheld').hidden = next.ready;
		$('reflect-steps').hidden = !next.ready;
		$('reflect-most').replaceChildren(...next.most.map(stepItem));
		$('reflect-most-heading').hidden = $('reflect-most').hidden = !next.most.length;
		$('reflect-try').replaceChildren(...(next.tryNext ? [stepItem(next.tryNext)] : []));
		$('reflect-try-heading').hidden = $('reflect-try').hidden = !next.tryNext;
		$('reflect-done-skipped').hidden = done.size === 0;
		$('reflect-paths').replaceChildren(...next.paths.map(pathItem));

		// The plan that prints: the same facts, with room to write.
		$('plan-date').textContent = label('reflect.planDate', { date: longDate(today()), url: island.url });
		const strengths = summary.roles.filter(described).flatMap((role) => role.aLot.map((id) => element('li', `${texts.get(id)} (${roleTitle(role.roleId)})`)));
		$('plan-strengths').replaceChildren(...(strengths.length ? strengths : [element('li', label('reflect.planNoStrengths'))]));
		$('plan-modules').replaceChildren(...[...next.most, ...(next.tryNext ? [next.tryNext] : [])].map(stepItem));
		$('plan-paths').replaceChildren(...next.paths.map(pathItem));

		results.hidden = false;
		page.classList.add('has-plan');
		if (moveFocus) results.focus();
	}

	const clear = $<HTMLButtonElement>('reflect-clear');
	const confirm = $('reflect-confirm');
	const ask = (open: boolean) => {
		confirm.hidden = !open;
		clear.setAttribute('aria-expanded', String(open));
	};
	$('reflect-show').addEventListener('click', () => show(true));
	// The update button is inside the results, so focus goes to their start, as after "Show".
	$('reflect-update').addEventListener('click', () => show(true));
	clear.addEventListener('click', () => {
		ask(true);
		$('reflect-confirm-ask').focus();
	});
	const keepAnswers = () => {
		ask(false);
		clear.focus();
		say(label('reflect.clearKept'));
	};
	$('reflect-clear-no').addEventListener('click', keepAnswers);
	// Escape answers "No", as it would close a dialog.
	confirm.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') keepAnswers();
	});
	$('reflect-clear-yes').addEventListener('click', () => {
		for (const radio of radios) radio.checked = false;
		elsewhere = {};
		keep(null);
		show(false);
		ask(false);
		clear.focus();
		say(label('reflect.cleared'));
	});
	$('reflect-print').addEventListener('click', () => window.print());

	$('reflection-no-script').remove();
	$('reflection-actions').hidden = false;
	if (loaded.ok && loaded.data.reflection && radios.some((r) => r.checked)) show(false);
}
