/**
 * Filters on the modules page: hides the cards that do not match, and says how many are shown.
 * The matching rule is src/lib/module-filters.ts, shared with the server-built lists.
 */
import { labelsOf } from '../lib/labels';
import { lengths, matches, type Facets, type Format, type Length } from '../lib/module-filters';

const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);

export function startModuleFilters(form: HTMLElement | null): void {
	if (!form) return;
	const cards = [...document.querySelectorAll<HTMLElement>('[data-module-list] > li')];
	const status = form.querySelector<HTMLElement>('[data-module-count]')!;
	const labels = labelsOf(form);
	const facets = new Map<HTMLElement, Facets>(
		cards.map((card) => [
			card,
			{
				audiences: words(card.dataset.audiences),
				roles: words(card.dataset.roles),
				formats: words(card.dataset.formats) as Format[],
				length: (lengths as readonly string[]).includes(card.dataset.length ?? '') ? (card.dataset.length as Length) : 'medium',
			},
		]),
	);
	const picked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);

	const apply = () => {
		const selection = { audiences: picked('audience'), roles: picked('role'), formats: picked('format'), lengths: picked('length') };
		let count = 0;
		for (const card of cards) {
			const show = matches(facets.get(card)!, selection);
			card.hidden = !show;
			if (show) count++;
		}
		status.textContent = labels.tn('modules.showing', count, { total: cards.length });
	};

	form.querySelectorAll<HTMLFieldSetElement | HTMLButtonElement>('fieldset, button').forEach((control) => (control.disabled = false));
	form.addEventListener('change', apply);
	form.querySelector('[data-module-clear]')?.addEventListener('click', () => {
		form.querySelectorAll<HTMLInputElement>('input:checked').forEach((box) => (box.checked = false));
		apply();
	});
}
