/**
 * The facilitator view remembers that a trainer chose it; the link back to the module page
 * (the learner view) forgets it again. Saved in the shared document; skipped if that cannot be
 * read, so nothing saved is overwritten.
 */
import { browserStore, update } from '../lib/storage/saved-data';

export function rememberFacilitatorView(note: HTMLElement | null) {
	if (!note) return;
	const saved = update(browserStore, (data) => (data.preferences.moduleView = 'facilitator'));
	if (!saved.ok) return;
	note.hidden = false;
	document.querySelector('a[data-view="learner"]')?.addEventListener('click', () => update(browserStore, (data) => (data.preferences.moduleView = 'learner')));
}
