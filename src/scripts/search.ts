/**
 * The search page's behaviour. Pagefind's script and index load only when someone searches,
 * so the page itself stays light. Labels come from the page's data-labels (src/lib/labels.ts;
 * the UI dictionary lives on the server side). Results are written with DOM methods; the only
 * HTML inserted is Pagefind's excerpt, which Pagefind escapes apart from its <mark> tags.
 */
import { labelsOf } from '../lib/labels';

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
}
interface Pagefind {
	options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
	search(query: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

// Each result costs a download of that page's search fragment (about 5 KB for a module): five at a
// time keeps a first search small on a metered connection; "Show more results" fetches the next five.
const pageSize = 5;

export function startSearch(root: HTMLElement | null): void {
	if (!root) return;
	const form = root.querySelector('form')!;
	const input = root.querySelector<HTMLInputElement>('#search-query')!;
	const status = root.querySelector<HTMLElement>('#search-status')!;
	const list = root.querySelector<HTMLOListElement>('#search-results')!;
	const more = root.querySelector<HTMLButtonElement>('#search-more')!;
	const added = root.querySelector<HTMLElement>('#search-added')!;
	const fieldsets = root.querySelectorAll<HTMLFieldSetElement>('[data-filters]');
	const bundle = root.dataset.bundle!;
	const labels = labelsOf(root);
	let pagefind: Promise<Pagefind> | undefined;
	let pending: { data(): Promise<PagefindResult> }[] = [];
	let total = 0;
	let run = 0;

	// Pagefind comes in by a script element that leaves it in a global (src/pages/search/
	// load-pagefind.js.ts): an import() here would bring Vite's preload helper with it.
	const load = () =>
		(pagefind ??= new Promise<Pagefind>((resolve, reject) => {
			const loaded = () => {
				const module = (globalThis as { manyRolesPagefind?: Pagefind }).manyRolesPagefind;
				if (module) resolve(module);
				else reject(new Error('Pagefind did not load'));
			};
			document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: root.dataset.loader!, onload: loaded, onerror: loaded }));
		}).then(async (module) => {
			// No web worker: it would download a second copy of Pagefind's code (about 12 KB) for a
			// search over a few hundred pages that is quick on the main thread anyway.
			await module.options({ baseUrl: new URL(bundle, location.href).pathname.replace(/pagefind\/$/, ''), noWorker: true });
			return module;
		}).catch((error: unknown) => {
			// Forget the failure, so the next search tries again (the connection may be back).
			pagefind = undefined;
			throw error;
		}));

	const checked = (name: string) =>
		[...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);

	/** Shows the next results. Asked for by the button, it moves focus to the first new result (the
	 * button may have gone) and says how many were added: otherwise focus would fall to <body>. */
	async function showMore(byButton = false) {
		const firstNew = list.children.length;
		const batch = pending.slice(0, pageSize);
		pending = pending.slice(pageSize);
		const results = await Promise.all(batch.map((r) => r.data()));
		for (const result of results) {
			const item = document.createElement('li');
			const heading = document.createElement('h2');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			heading.append(link);
			const excerpt = document.createElement('p');
			excerpt.innerHTML = result.excerpt;
			const type = document.createElement('p');
			type.className = 'meta';
			type.textContent = [...(result.filters.type ?? []), ...(result.filters.role ?? [])].join(' · ');
			item.append(heading, excerpt, type);
			list.append(item);
		}
		more.hidden = pending.length === 0;
		if (!byButton) return;
		added.textContent = labels.tn('search.added', results.length, { shown: list.children.length, total });
		list.children[firstNew]?.querySelector('a')?.focus();
	}

	async function search() {
		const query = input.value.trim();
		const url = new URL(location.href);
		url.searchParams.set('q', query);
		history.replaceState(null, '', url);
		list.replaceChildren();
		added.textContent = '';
		more.hidden = true;
		if (!query) {
			status.textContent = labels.t('search.empty');
			return;
		}
		const current = ++run;
		status.textContent = labels.t('search.loading');
		try {
			const api = await load();
			const filters: Record<string, { any: string[] }> = {};
			const types = checked('type');
			const roles = checked('role');
			if (types.length) filters.type = { any: types };
			if (roles.length) filters.role = { any: roles };
			const found = await api.search(query, { filters });
			if (current !== run) return; // a newer search has started
			pending = found.results;
			total = pending.length;
			status.textContent = total ? labels.tn('search.results', total, { query }) : labels.t('search.none', { query });
			await showMore();
		} catch {
			status.textContent = labels.t('search.failed');
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search();
	});
	document.getElementById('search-no-script')?.setAttribute('hidden', '');
	for (const fieldset of fieldsets) {
		fieldset.disabled = false;
		fieldset.addEventListener('change', () => void search());
	}
	more.addEventListener('click', () => void showMore(true));

	const initial = new URLSearchParams(location.search).get('q');
	if (initial) {
		input.value = initial;
		void search();
	}
}
