/**
 * The My data page: shows everything saved (src/lib/storage/saved-data.ts), downloads it, loads a
 * downloaded file, deletes it. The file checker (import.ts, with zod/mini, about 7 KB) loads with
 * this page and no other. (Loading it on demand split out Vite's preload helper, which pushed the
 * search page's script over its 2 KB budget.) Saved text is only ever put on the page as text, never as HTML.
 */
import { Labels, type Vars } from '../lib/labels';
import { storageProblemKey } from './toolkit/storage-problem';
import { countSaved, exportFileName, exportText } from '../lib/storage/export';
import { parseImport } from '../lib/storage/import';
import { savedDataSchema } from '../lib/storage/schema';
import { browserStore, erase, load, longDate, open, save, savedText, type SavedData, today, type Unmatched, update } from '../lib/storage/saved-data';
import { limits } from '../lib/storage/limits';
import { routes } from '../lib/routes';

interface Island {
	labels: Record<string, string>;
	base: string;
	modules: Record<string, string>;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, children: Node[] = []): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	node.append(...children);
	return node;
}

export async function startMyData() {
	const island = JSON.parse(byId('my-data-labels').textContent ?? '{}') as Island;
	const labels = new Labels(island.labels);
	const label = (key: string, vars?: Vars) => labels.t(key, vars);
	const root = byId('my-data');
	const problem = root.querySelector<HTMLElement>('.problem')!;
	const summary = byId('saved-summary');
	const exportButton = byId<HTMLButtonElement>('export');

	const moduleLink = (id: string) => {
		const title = island.modules[id];
		if (!title) return element('span', label('myData.gone', { id }));
		const link = element('a', title);
		link.href = island.base + routes.module.path(id);
		return link;
	};

	/** Redraws what is saved; returns the document, or null if it cannot be read. */
	function show(): SavedData | null {
		const first = load(browserStore);
		// This page is where people come when something is wrong, so it checks the document in
		// full (other pages check only what they use) and offers it as it is if any part is damaged.
		const loaded: typeof first = first.ok && !savedDataSchema.safeParse(first.data).success ? { ok: false, problem: 'unreadable' } : first;
		summary.replaceChildren();
		problem.hidden = loaded.ok;
		if (!loaded.ok) {
			const key = loaded.problem === 'newer' || loaded.problem === 'blocked' || loaded.problem === 'outdated' ? loaded.problem : 'unreadable';
			problem.textContent = label(`myData.problem.${key}`);
			exportButton.textContent = label('myData.exportRaw');
			exportButton.disabled = loaded.problem === 'blocked';
			return null;
		}
		exportButton.textContent = label('myData.exportButton');
		exportButton.disabled = false;
		const data = loaded.data;
		const counts = countSaved(data);
		if (!counts.done && !counts.notes && !counts.reflection && !counts.plan && !counts.preferences && !counts.unmatched) summary.append(element('p', label('myData.nothing')));
		const done = Object.entries(data.done);
		if (done.length) {
			summary.append(
				element('h3', label('myData.doneHeading')),
				element('ul', undefined, done.map(([id, day]) => element('li', undefined, [moduleLink(id), document.createTextNode(`, ${longDate(day)}`)]))),
			);
		}
		const noted = Object.entries(data.notes).filter(([, notes]) => Object.values(notes).some((n) => n.text.trim()));
		if (noted.length) {
			summary.append(element('h3', label('myData.notesHeading')));
			for (const [id, notes] of noted) {
				const list = element('dl');
				for (const note of Object.values(notes)) list.append(element('dt', note.prompt), element('dd', note.text));
				summary.append(element('h4', undefined, [moduleLink(id)]), list);
			}
		}
		if (data.reflection) {
			const link = element('a', label('myData.reflectionLink'));
			link.href = island.base + routes.reflection.path();
			summary.append(element('p', label('myData.reflection', { date: longDate(data.reflection.updated) }) + ' ', [link]));
		}
		if (data.preferences.moduleView) summary.append(element('p', label(`myData.view.${data.preferences.moduleView}`)));
		if (data.preferences.moduleWay) summary.append(element('p', label(`myData.way.${data.preferences.moduleWay}`)));
		if (data.plan && counts.plan) {
			const link = element('a', label('myData.planLink'));
			// The planner restores the saved plan when its address carries none.
			link.href = island.base + routes.planner.path();
			const title = data.plan.title || label('myData.planUntitled');
			summary.append(element('p', label('myData.plan', { title, start: data.plan.start, count: data.plan.items.length }) + ' ', [link]));
		}
		if (data.unmatched.length) {
			const list = element('ul', undefined, data.unmatched.map((item, index) => unmatchedItem(item, index)));
			const heading = element('h3', label('myData.unmatchedHeading'));
			heading.id = 'unmatched-heading';
			heading.tabIndex = -1;
			summary.append(heading, element('p', label('myData.unmatchedText')), list, unmatchedStatus);
		}
		return data;
	}

	/** Kept by the migration to version 3: its saved text, where it came from, and a way to delete it. */
	const unmatchedStatus = element('p');
	unmatchedStatus.setAttribute('role', 'status');
	function unmatchedItem(item: Unmatched, index: number) {
		const what =
			item.from === 'note'
				? [element('p', label('myData.unmatched.note', { prompt: item.prompt, module: island.modules[item.module] ?? item.module })), element('p', item.text, [])]
				: item.from === 'answer'
					? [element('p', label('myData.unmatched.answer', { key: item.key, answer: label(`myData.answer.${item.answer}`) }))]
					: [element('p', label('myData.unmatched.plan', { key: item.key, module: island.modules[item.module] ?? item.module }))];
		what[0].id = `unmatched-${index}`;
		const remove = element('button', label('myData.unmatched.delete'));
		remove.type = 'button';
		remove.className = 'btn btn-small';
		remove.setAttribute('aria-describedby', what[0].id);
		remove.addEventListener('click', () => {
			// Deletes this one entry as it is now saved (the list may have changed in another tab).
			const result = update(browserStore, (data) => {
				const at = data.unmatched.findIndex((other) => JSON.stringify(other) === JSON.stringify(item));
				if (at >= 0) data.unmatched.splice(at, 1);
			});
			show();
			unmatchedStatus.textContent = result.ok ? label('myData.unmatched.deleted') : label(storageProblemKey(result.problem));
			// Focus goes to the next entry's button, else the heading of what is saved.
			const buttons = [...summary.querySelectorAll<HTMLElement>('#unmatched-heading ~ ul button')];
			const next = buttons[index] ?? buttons.at(-1);
			const heading = byId('saved-heading');
			heading.tabIndex = -1;
			(next ?? heading).focus();
		});
		return element('li', undefined, [...what, remove]);
	}

	function download(text: string, name: string) {
		const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
		const link = element('a');
		link.href = url;
		link.download = name;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
		byId('export-status').textContent = label('myData.exported', { name });
	}

	exportButton.addEventListener('click', () => {
		const data = show();
		const name = exportFileName(today());
		if (data) download(exportText(data), name);
		else {
			// A document this page cannot read is handed over exactly as it is, so nothing is lost.
			const raw = savedText(browserStore);
			if (raw !== null) download(raw, name.replace('.json', '-as-saved.json'));
		}
	});

	const importStatus = byId('import-status');
	const importConfirm = byId('import-confirm');
	const fileInput = byId<HTMLInputElement>('import-file');
	let waiting: SavedData | null = null;
	// A refused file is the file input's error: tied to it (aria-invalid, and the message among its
	// descriptions) and focused, so the message is read with the field that needs a new choice.
	const refuse = (message: string) => {
		importStatus.textContent = message;
		fileInput.setAttribute('aria-invalid', 'true');
		fileInput.focus();
	};
	fileInput.addEventListener('change', () => fileInput.removeAttribute('aria-invalid'));
	const finishImport = (data: SavedData) => {
		importConfirm.hidden = true;
		waiting = null;
		fileInput.removeAttribute('aria-invalid');
		if (!save(browserStore, data)) importStatus.textContent = label('storage.problem.full');
		else {
			const counts = countSaved(data);
			const yes = (on: boolean) => label(on ? 'myData.yes' : 'myData.no');
			importStatus.textContent = label('myData.imported', { summary: label('myData.importedSummary', { done: counts.done, notes: counts.notes, reflection: yes(counts.reflection), plan: yes(counts.plan) }) });
			show();
		}
		// The button pressed is gone (the question closed): focus goes to the message saying what happened.
		importStatus.focus();
	};
	byId('import').addEventListener('click', async () => {
		importConfirm.hidden = true;
		const file = fileInput.files?.[0];
		if (!file) return refuse(label('myData.import.noFile'));
		// Checked before reading, so a huge file is never loaded into memory.
		if (file.size > limits.fileCharacters * 4) return refuse(label('myData.import.too-big'));
		const result = await parseImport(await file.text());
		if (!result.ok) return refuse(label(`myData.import.${result.problem}`, { where: result.where ?? '?' }));
		fileInput.removeAttribute('aria-invalid');
		// Something already saved here (readable or not) is only replaced once the person says so.
		const current = load(browserStore);
		const empty = current.ok && Object.values(countSaved(current.data)).every((n) => !n);
		if (empty) return finishImport(result.data);
		waiting = result.data;
		importStatus.textContent = '';
		importConfirm.hidden = false;
		byId('import-no').focus();
	});
	byId('import-yes').addEventListener('click', () => waiting && finishImport(waiting));
	byId('import-no').addEventListener('click', () => {
		importConfirm.hidden = true;
		waiting = null;
		importStatus.textContent = label('myData.import.kept');
		byId('import').focus();
	});

	const confirm = byId('delete-confirm');
	const deleteButton = byId<HTMLButtonElement>('delete');
	const deleteStatus = byId('delete-status');
	deleteButton.addEventListener('click', () => {
		confirm.hidden = false;
		deleteButton.setAttribute('aria-expanded', 'true');
		byId('delete-no').focus();
	});
	const close = (message: string) => {
		confirm.hidden = true;
		deleteButton.setAttribute('aria-expanded', 'false');
		deleteStatus.textContent = message;
		deleteButton.focus();
	};
	byId('delete-no').addEventListener('click', () => close(label('myData.kept')));
	// Escape answers an open question "No", as in an alert dialog.
	for (const id of ['import', 'delete']) byId(`${id}-confirm`).addEventListener('keydown', (event) => event.key === 'Escape' && byId(`${id}-no`).click());
	byId('delete-yes').addEventListener('click', () => {
		close(label(erase(browserStore) ? 'myData.deleted' : 'storage.problem.blocked'));
		show();
	});

	byId('my-data-no-script').remove();
	root.hidden = false;
	// A document from before version 3 is migrated (and saved) first; see saved-data.ts.
	await open(browserStore);
	show();
}
