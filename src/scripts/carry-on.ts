/**
 * The home page's "Carry on where you left off": shows the links its page rendered hidden, for what
 * this browser has saved (src/components/CarryOn.astro). A path is shown while some, not all, of
 * its modules are done; notes, reflection answers and a session plan each show their link. If
 * nothing is saved, or storage cannot be read, the section stays hidden: it is only a shortcut.
 */
import { browserStore, open } from '../lib/storage/saved-data';

export async function showCarryOn(section: HTMLElement) {
	const loaded = await open(browserStore);
	if (!loaded.ok) return;
	const { done, notes, reflection, plan } = loaded.data;
	let paths = 0;
	for (const item of section.querySelectorAll<HTMLElement>('li[data-path]')) {
		const ids = item.dataset.path!.split(' ');
		const count = ids.filter((id) => done[id]).length;
		if (count === 0 || count === ids.length) continue;
		const line = item.querySelector<HTMLElement>('[data-template]')!;
		// Two names to fill, written out: importing the shared label helper would cost a quarter of
		// the reading-page script budget (tests/support/budgets.ts) for one line.
		line.textContent = line.dataset.template!.replace('{done}', String(count)).replace('{total}', String(ids.length));
		item.hidden = false;
		paths++;
	}
	const has: Record<string, boolean> = {
		reflection: !!reflection && Object.keys(reflection.answers).length > 0,
		plan: !!plan && plan.items.length > 0,
		notes: Object.values(notes).some((byQuestion) => Object.keys(byQuestion).length > 0),
		// Modules done but no path in progress (every path finished, or modules outside paths).
		done: paths === 0 && Object.keys(done).length > 0,
	};
	for (const item of section.querySelectorAll<HTMLElement>('li[data-saved]')) item.hidden = !has[item.dataset.saved!];
	section.hidden = !section.querySelector('li:not([hidden])');
}
