/**
 * A module page's progress: the "done" box, the notes under the reflection questions, the
 * remembered view (a trainer who chose the facilitator view is taken there next time) and the
 * remembered way (the activities for "On your own" or "In a group", ModuleActivities.astro). Everything
 * goes through the shared saved document (src/lib/storage/saved-data.ts). If that cannot be read,
 * the page says so and writes nothing, so nothing saved is ever lost.
 */
import { browserStore, longDate, open, today, update, type Loaded, type ModuleWay, type SavedData } from '../lib/storage/saved-data';

/** Says that nothing can be saved, in the panel's alert line. */
function showProblem(panel: HTMLElement, result: Loaded | { ok: false }): boolean {
	if (result.ok) return false;
	const line = panel.querySelector<HTMLElement>('.problem')!;
	line.textContent = panel.dataset.labelProblem!;
	line.hidden = false;
	return true;
}

export async function startModuleProgress(panel: HTMLElement) {
	const id = panel.dataset.module!;
	const facilitatorLink = document.querySelector<HTMLAnchorElement>('a[data-view="facilitator"]');
	const loaded = await open(browserStore);
	panel.hidden = false;
	if (loaded.ok && loaded.data.preferences.moduleView === 'facilitator' && facilitatorLink) {
		location.replace(facilitatorLink.href);
		return;
	}
	if (!loaded.ok) {
		showProblem(panel, loaded);
		panel.querySelector('.controls')!.remove();
		return;
	}
	const change = (edit: (data: SavedData) => void) => !showProblem(panel, update(browserStore, edit));

	// The radio buttons work without script (CSS); this only brings back the way chosen last time.
	const way = loaded.data.preferences.moduleWay;
	for (const input of document.querySelectorAll<HTMLInputElement>('[name=way]')) {
		if (way) input.checked = input.value === way;
		input.onchange = () => change((data) => (data.preferences.moduleWay = input.value as ModuleWay));
	}

	const box = panel.querySelector<HTMLInputElement>('#module-done')!;
	const status = panel.querySelector<HTMLElement>('#done-status')!;
	const show = (day: string | undefined) => {
		box.checked = day !== undefined;
		status.textContent = day ? panel.dataset.labelDoneOn!.replace('{date}', longDate(day)) : '';
	};
	show(loaded.data.done[id]);
	// A live region only from here on: the date it already showed is not read out on every visit.
	status.role = 'status';
	// Handlers as properties, not addEventListener: the page's script budget is 2 KB, and each name counts.
	box.onchange = () => {
		const day = today();
		if (change((data) => (box.checked ? (data.done[id] = day) : delete data.done[id]))) show(box.checked ? day : undefined);
		else box.checked = !box.checked;
	};

	// The notes' own status line, after the questions, so it never replaces the "done" line.
	const prompts = document.querySelector('.reflection-prompts');
	const noteStatus = document.createElement('p');
	noteStatus.role = 'status';
	prompts?.after(noteStatus);
	prompts?.querySelectorAll<HTMLElement>(':scope > li').forEach((item, i) => {
		// Saved by the question's id (data-question), so reordering the questions moves no note;
		// the element ids only tie the box to its question on this page.
		const key = item.dataset.question!;
		const n = String(i + 1);
		const prompt = item.firstElementChild?.textContent ?? '';
		// Built here, not in the HTML: only a browser that can save gets a box to write in.
		const field = document.createElement('span');
		field.className = 'note-field';
		// Named by the label and its question, so each box has its own name in a list of form fields.
		field.innerHTML = `<label for="note-${n}" id="note-label-${n}"></label><textarea id="note-${n}" rows="3" maxlength="${panel.dataset.noteMax}" aria-labelledby="note-label-${n} prompt-${n}"></textarea>`;
		field.firstElementChild!.textContent = panel.dataset.labelNote!;
		const area = field.querySelector('textarea')!;
		area.value = loaded.data.notes[id]?.[key]?.text ?? '';
		item.append(field);
		let timer = 0;
		const keep = () => {
			clearTimeout(timer);
			timer = 0;
			return change((data) => {
				const notes = (data.notes[id] ??= {});
				if (area.value.trim() === '') delete notes[key];
				else notes[key] = { prompt, text: area.value, updated: today() };
				if (Object.keys(notes).length === 0) delete data.notes[id];
			});
		};
		// Saved quietly while typing; announced once, when the person leaves the box.
		area.oninput = () => {
			clearTimeout(timer);
			timer = window.setTimeout(keep, 500);
		};
		// Leaving the page within the half second after typing must not lose the last words.
		addEventListener('pagehide', () => timer && keep());
		area.onchange = () => {
			if (keep()) noteStatus.textContent = panel.dataset.labelNoteSaved!;
		};
	});

	if (facilitatorLink) facilitatorLink.onclick = () => change((data) => (data.preferences.moduleView = 'facilitator'));
}
