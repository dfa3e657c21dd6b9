/**
 * The Print button on handouts: shown only when this script runs (without it the page says to use
 * the browser's Print command), and it opens the browser's print dialog.
 */
export function enablePrintButtons(root: ParentNode) {
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
}
