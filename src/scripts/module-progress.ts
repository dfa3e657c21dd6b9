/**
 * A module page's progress: the "done" box, the notes under the reflection questions, and the
 * remembered view (a trainer who chose the facilitator view is taken there next time). Everything
 * goes through the shared saved document (src/lib/storage/saved-data.ts). If that cannot be read,
 * the page says so and writes nothing, so nothing saved is ever lost.
 */
import { browserStore, load, today, update, type Loaded, type SavedData } from '../lib/storage/saved-data';

const problemKey = (problem: string) => (problem === 'foreign' || problem === 'unknown-version' ? 'unreadable' : problem);

/** "2 December 2026" from "2026-12-02", in the page's language. */
export function longDate(day: string, lang = document.documentElement.lang): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

/** Shows why nothing can be saved, in the panel's alert line. */
export function showProblem(panel: HTMLElement, result: Loaded | { ok: false; problem: string }): boolean {
	if (result.ok) return false;
	const line = panel.querySelector<HTMLElement>('.problem')!;
	line.textContent = panel.dataset[`labelProblem${problemKey(result.problem).replace(/^./, (c) => c.toUpperCase())}`] ?? '';
	line.hidden = false;
	return true;
}

export function startModuleProgress(panel: HTMLElement) {
	const id = panel.dataset.module!;
	const facilitatorLink = document.querySelector<HTMLAnchorElement>('a[data-view="facilitator"]');
	const loaded = load(browserStore);
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

	const box = panel.querySelector<HTMLInputElement>('#module-done')!;
	const status = panel.querySelector<HTMLElement>('#done-status')!;
	const show = (day: string | undefined) => {
		box.checked = day !== undefined;
		status.textContent = day ? panel.dataset.labelDoneOn!.replace('{date}', longDate(day)) : panel.dataset.labelNotDone!;
	};
	show(loaded.data.done[id]);
	box.addEventListener('change', () => {
		const day = today();
		if (change((data) => (box.checked ? (data.done[id] = day) : delete data.done[id]))) show(box.checked ? day : undefined);
		else box.checked = !box.checked;
	});

	for (const field of document.querySelectorAll<HTMLElement>('[data-note]')) {
		const n = field.dataset.note!;
		const area = field.querySelector('textarea')!;
		const prompt = document.getElementById(`prompt-${n}`)?.textContent ?? '';
		area.value = loaded.data.notes[id]?.[n]?.text ?? '';
		field.hidden = false;
		let timer = 0;
		const keep = () => {
			clearTimeout(timer);
			return change((data) => {
				const notes = (data.notes[id] ??= {});
				if (area.value.trim() === '') delete notes[n];
				else notes[n] = { prompt, text: area.value, updated: today() };
				if (Object.keys(notes).length === 0) delete data.notes[id];
			});
		};
		// Saved quietly while typing; announced once, when the person leaves the box.
		area.addEventListener('input', () => {
			clearTimeout(timer);
			timer = window.setTimeout(keep, 500);
		});
		area.addEventListener('change', () => {
			if (keep()) status.textContent = panel.dataset.labelNoteSaved!;
		});
	}

	facilitatorLink?.addEventListener('click', () => change((data) => (data.preferences.moduleView = 'facilitator')));
}
