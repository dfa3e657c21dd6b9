/**
 * On a facilitator view: if the trainer chose it from a module page (module-progress.ts saves that
 * choice when they follow the link), say that module pages will open it, and forget the choice
 * when they follow the link back to the learner view. Arriving here any other way (a session
 * timetable, the handouts list, search) changes nothing.
 */
import { browserStore, open, update } from '../lib/storage/saved-data';

export async function rememberFacilitatorView(note: HTMLElement | null) {
	const loaded = await open(browserStore);
	if (!note || !loaded.ok || loaded.data.preferences.moduleView !== 'facilitator') return;
	note.hidden = false;
	document.querySelector('a[data-view="learner"]')?.addEventListener('click', () => update(browserStore, (data) => (data.preferences.moduleView = 'learner')));
}
