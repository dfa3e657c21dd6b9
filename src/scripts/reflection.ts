/**
 * The role reflection page: keeps the answers in the shared saved document, and on request
 * describes every role in words (src/lib/reflection.ts), draws the chart and its table, lists
 * suggestions and fills in the printable development plan. All text goes in as text, never HTML.
 */
import { Labels, type Vars } from '../lib/labels';
import { storageProblemKey } from './toolkit/storage-problem';
import { suggest, summarise, type Answer, type Link, type RoleGroup, type RoleNext } from '../lib/reflection';
import { browserStore, load, longDate, open, type SavedData, today, update } from '../lib/storage/saved-data';

interface Island {
	labels: Record<string, string>;
	groups: RoleGroup[];
	roles: Record<string, { title: string; href: string }>;
	next: Record<string, RoleNext>;
	firstPath: Link;
	url: string;
}

const svgNs = 'http://www.w3.org/2000/svg';

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
	const problem = page.querySelector<HTMLElement>('.problem')!;
	const radios = [...page.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
	const texts = new Map(island.groups.flatMap((g) => g.statements).map((s) => [s.id, s.text]));

	const loaded = await open(browserStore);
	let canSave = loaded.ok;
	if (!loaded.ok) {
		problem.textContent = label(storageProblemKey(loaded.problem));
		problem.hidden = false;
	}
	const saved = loaded.ok ? loaded.data : null;

	const given = (): Record<string, Answer> => Object.fromEntries(radios.filter((r) => r.checked).map((r) => [r.name, Number(r.value) as Answer]));
	for (const radio of radios) radio.checked = saved?.reflection?.answers[radio.name] === Number(radio.value);

	let announced = false;
	const keep = (answers: Record<string, Answer> | null) => {
		if (!canSave) return;
		const result = update(browserStore, (data: SavedData) => {
			data.reflection = answers && Object.keys(answers).length ? { answers, updated: today() } : null;
		});
		if (!result.ok) {
			canSave = false;
			problem.textContent = label(storageProblemKey(result.problem));
			problem.hidden = false;
		} else if (!announced && answers) {
			announced = true;
			status.textContent = label('reflect.saved');
		}
	};
	page.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type="radio"]')) keep(given());
	});

	/**
	 * One row per role: its name as HTML text (so it stays readable at any width) and a bar drawn
	 * in SVG (widths as attributes: the CSP allows no inline styles). The table is the text version.
	 */
	function chart(summary: ReturnType<typeof summarise>) {
		const rows: HTMLTableRowElement[] = [];
		const bars = summary.roles.map((role) => {
			const counts = [role.aLot.length, role.some.length, role.notYet.length, role.unanswered];
			const total = counts.reduce((t, n) => t + n, 0) || 1;
			const svg = document.createElementNS(svgNs, 'svg');
			svg.setAttribute('viewBox', '0 0 100 10');
			svg.setAttribute('preserveAspectRatio', 'none');
			svg.setAttribute('aria-hidden', 'true');
			let x = 0;
			(['a-lot', 'some', 'not-yet', 'unanswered'] as const).forEach((part, i) => {
				const rect = document.createElementNS(svgNs, 'rect');
				const share = (100 * counts[i]) / total;
				rect.setAttribute('x', String(x));
				rect.setAttribute('width', String(share));
				rect.setAttribute('height', '10');
				rect.setAttribute('vector-effect', 'non-scaling-stroke');
				rect.classList.add(`bar-${part}`);
				svg.append(rect);
				x += share;
			});
			const title = island.roles[role.roleId].title;
			const header = element('th', title);
			header.scope = 'row';
			rows.push(element('tr', undefined, [header, ...counts.map((n) => element('td', String(n)))]));
			return element('div', undefined, [element('p', title), svg]);
		});
		const figure = element('div', undefined, bars);
		figure.className = 'reflect-chart';
		figure.setAttribute('role', 'img');
		figure.setAttribute('aria-labelledby', 'chart-heading');
		figure.setAttribute('aria-describedby', 'reflect-table');
		$('reflect-chart').replaceChildren(figure);
		$('reflect-table').querySelector('tbody')!.replaceChildren(...rows);
	}

	function show(moveFocus: boolean) {
		const answers = given();
		if (!Object.keys(answers).length) {
			results.hidden = true;
			page.classList.remove('has-plan');
			if (moveFocus) status.textContent = label('reflect.noAnswers');
			return;
		}
		const summary = summarise(island.groups, answers);
		const now = load(browserStore);
		const done = new Set(now.ok ? Object.keys(now.data.done) : []);
		const next = suggest(summary, new Map(Object.entries(island.next)), island.firstPath, done);

		const sameLine = $('reflect-all-same');
		sameLine.hidden = summary.allSame === null;
		sameLine.textContent = summary.allSame === null ? '' : label(`reflect.allSame.${summary.allSame}`);

		$('reflect-roles').replaceChildren(
			...summary.roles.flatMap((role) => {
				const answered = role.aLot.length + role.some.length + role.notYet.length;
				const words = label(`reflect.level.${role.level}`) + (answered && role.unanswered ? ` ${label('reflect.answeredOf', { answered, total: answered + role.unanswered })}` : '');
				const parts: Node[] = [element('h3', undefined, [anchor(island.roles[role.roleId])]), element('p', words)];
				if (role.aLot.length) parts.push(element('p', label('reflect.youSaid')), element('ul', undefined, role.aLot.map((id) => element('li', texts.get(id)))));
				return parts;
			}),
		);
		chart(summary);
		const moduleItems = () => next.modules.map(({ roleId, module }) => element('li', undefined, [anchor(module), document.createTextNode(` (${island.roles[roleId].title})`)]));
		$('reflect-modules').replaceChildren(...moduleItems());
		$('reflect-done-skipped').hidden = done.size === 0;
		$('reflect-paths').replaceChildren(...next.paths.map((p) => element('li', undefined, [anchor(p)])));

		// The plan that prints: the same facts, with room to write.
		$('plan-date').textContent = label('reflect.planDate', { date: longDate(today()), url: island.url });
		const strengths = summary.roles.flatMap((role) => role.aLot.map((id) => element('li', `${texts.get(id)} (${island.roles[role.roleId].title})`)));
		$('plan-strengths').replaceChildren(...(strengths.length ? strengths : [element('li', label('reflect.planNoStrengths'))]));
		$('plan-modules').replaceChildren(...moduleItems());
		$('plan-paths').replaceChildren(...next.paths.map((p) => element('li', undefined, [anchor(p)])));

		results.hidden = false;
		page.classList.add('has-plan');
		if (moveFocus) results.focus();
	}

	$('reflect-show').addEventListener('click', () => show(true));
	$('reflect-clear').addEventListener('click', () => {
		for (const radio of radios) radio.checked = false;
		keep(null);
		show(false);
		status.textContent = label('reflect.cleared');
	});
	$('reflect-print').addEventListener('click', () => window.print());

	$('reflection-no-script').remove();
	$('reflection-actions').hidden = false;
	if (saved?.reflection) show(false);
}
