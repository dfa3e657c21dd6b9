/**
 * On a path page: how many of its modules this person has marked done, and a "Done" tag on each.
 * Only reads the saved document; shows nothing if there is nothing readable.
 */
import { labelsOf } from '../lib/labels';
import { browserStore, open } from '../lib/storage/saved-data';

export async function showPathProgress(line: HTMLElement) {
	const loaded = await open(browserStore);
	if (!loaded.ok) return;
	const steps = [...document.querySelectorAll<HTMLElement>('li[data-module]')];
	const ids = new Set(steps.map((step) => step.dataset.module!));
	let done = 0;
	for (const id of ids) if (loaded.data.done[id]) done++;
	for (const step of steps) step.querySelector<HTMLElement>('.done-tag')!.hidden = !loaded.data.done[step.dataset.module!];
	line.textContent = labelsOf(line).t('progress.pathDone', { done, total: ids.size });
	line.hidden = false;
}
