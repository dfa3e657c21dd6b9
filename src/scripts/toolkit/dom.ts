/**
 * The small DOM helpers every page script uses. Everything a script writes goes in with
 * textContent, never as HTML; layout comes from classes and the hidden attribute (the
 * Content-Security-Policy allows no inline style).
 */

/** The element with this id, typed; pages are built with every id their script looks for. */
export const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** A new element with its text, classes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string, children: readonly Node[] = []): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	node.append(...children);
	return node;
}

/** The JSON in a `<script type="application/json" id="…">` data island, or `fallback` if it is missing or damaged. */
export function readIsland<T>(id: string, fallback: T): T {
	try {
		return JSON.parse(document.getElementById(id)?.textContent ?? '') as T;
	} catch {
		return fallback;
	}
}

/**
 * Says `message` in a live region. Emptied first, so the same words said twice ("Moved… to
 * position 2") are announced twice.
 */
export function announcer(region: HTMLElement): (message: string) => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return (message) => {
		region.textContent = '';
		clearTimeout(timer);
		timer = setTimeout(() => (region.textContent = message), 50);
	};
}
