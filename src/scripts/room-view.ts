/**
 * The room view on a projector: one section (activity or break) at a time, moved on and back with
 * the keyboard or the buttons, with a countdown for the section on screen.
 *
 * Everything comes from the DOM, so any page that renders sections the same way gets this view
 * (the ready-made sessions, and the session planner's room view, which copies its sections in):
 * - the container `[data-room]` carries the labels (data-labels: room.start, room.pause, room.now,
 *   room.timeUp, room.position; `{title}`, `{n}` and `{total}` are filled in here), so no string
 *   lives in this file;
 * - each `[data-room-slide]` is one section, with `data-minutes` and `data-title`;
 * - `[data-room-controls]`, `[data-room-live]`, `[data-room-left]` and the buttons are found inside.
 * Without this script every section shows, in order, and the controls stay hidden. The address
 * says which section is on screen (#show-3) once someone moves.
 *
 * Keys: Right arrow, Page Down or Space move on; Left arrow or Page Up move back. They are left
 * alone with a modifier held (browser shortcuts) and inside form fields; Space on a button or
 * link keeps its own meaning. The live region announces the new section's title, never the
 * seconds: the time left is a role="timer", which screen readers do not read out as it changes,
 * and it is written at most once a second.
 */
import { labelsOf } from '../lib/labels';

/** "9:05" for 545 seconds; "0:00" once time is up. */
export function formatLeft(seconds: number): string {
	const s = Math.max(0, Math.ceil(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function startRoomView(root: HTMLElement | null): void {
	if (!root) return;
	const slides = [...root.querySelectorAll<HTMLElement>('[data-room-slide]')];
	if (!slides.length) return;
	const labels = labelsOf(root);
	const live = root.querySelector<HTMLElement>('[data-room-live]')!;
	const left = root.querySelector<HTMLElement>('[data-room-left]')!;
	const position = root.querySelector<HTMLElement>('[data-room-position]')!;
	const prev = root.querySelector<HTMLButtonElement>('[data-room-prev]')!;
	const next = root.querySelector<HTMLButtonElement>('[data-room-next]')!;
	const timer = root.querySelector<HTMLButtonElement>('[data-room-timer]')!;

	// The address keeps the section on screen (#show-3), so a reload or a shared link opens on it. Not
	// the section's own id: the browser would scroll to that on load, past the controls.
	const fromHash = Number(/^#show-(\d+)$/.exec(location.hash)?.[1] ?? 1) - 1;
	let current = Math.min(slides.length - 1, Math.max(0, fromHash));
	let remaining = 0; // seconds left on the section on screen
	let deadline = 0; // when the running countdown reaches zero (ms), 0 when paused
	let tick: number | undefined;

	const minutesOf = (slide: HTMLElement) => Math.max(0, Number(slide.dataset.minutes) || 0);

	const showLeft = () => {
		const text = formatLeft(deadline ? (deadline - Date.now()) / 1000 : remaining);
		if (left.textContent !== text) left.textContent = text;
	};

	const pause = () => {
		if (deadline) remaining = Math.max(0, (deadline - Date.now()) / 1000);
		deadline = 0;
		window.clearInterval(tick);
		tick = undefined;
		// The label says what the button does next; no aria-pressed as well, or it reads "Pause timer, pressed".
		timer.textContent = labels.t('room.start');
	};

	const run = () => {
		// Once time is up, starting again counts the section's full time afresh.
		if (remaining <= 0) remaining = minutesOf(slides[current]) * 60;
		if (remaining <= 0) return;
		deadline = Date.now() + remaining * 1000;
		timer.textContent = labels.t('room.pause');
		tick = window.setInterval(() => {
			showLeft();
			if (Date.now() >= deadline) {
				remaining = 0;
				pause();
				showLeft();
				live.textContent = labels.t('room.timeUp');
			}
		}, 1000);
	};

	const show = (index: number, announce: boolean) => {
		const target = Math.min(slides.length - 1, Math.max(0, index));
		const focusWasInside = slides[current].contains(document.activeElement);
		current = target;
		slides.forEach((slide, i) => (slide.hidden = i !== current));
		const slide = slides[current];
		position.textContent = labels.t('room.position', { n: current + 1, total: slides.length });
		prev.disabled = current === 0;
		next.disabled = current === slides.length - 1;
		// A new section starts with its full time, paused: the facilitator starts it when the group does.
		pause();
		remaining = minutesOf(slide) * 60;
		showLeft();
		if (announce) {
			// Only on a move: a fragment set while the page is still loading makes the browser scroll to it.
			history.replaceState(null, '', `#show-${current + 1}`);
			live.textContent = labels.t('room.now', { title: slide.dataset.title ?? '' });
		}
		// Focus must not be left on a section that just disappeared.
		if (focusWasInside) slide.querySelector<HTMLElement>('h2')?.focus();
	};

	const move = (by: number) => {
		if (current + by < 0 || current + by >= slides.length) return;
		const active = document.activeElement;
		show(current + by, true);
		// A button that has just become disabled (first or last section) drops focus to the page; keep it on the other one.
		const button = active === prev ? prev : active === next ? next : undefined;
		if (button?.disabled) (button === next ? prev : next).focus();
	};

	prev.addEventListener('click', () => move(-1));
	next.addEventListener('click', () => move(1));
	timer.addEventListener('click', () => (deadline ? pause() : run()));

	document.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
		const target = event.target as HTMLElement;
		if (target.closest('input, textarea, select, [contenteditable]')) return;
		const forward = event.key === 'ArrowRight' || event.key === 'PageDown' || (event.key === ' ' && !event.shiftKey);
		const back = event.key === 'ArrowLeft' || event.key === 'PageUp';
		if (!forward && !back) return;
		if (event.key === ' ' && target.closest('button, a, summary')) return;
		event.preventDefault();
		move(forward ? 1 : -1);
	});

	root.querySelector<HTMLElement>('[data-room-controls]')!.hidden = false;
	root.querySelector<HTMLElement>('[data-room-keys]')!.hidden = false;
	root.classList.add('is-live');
	show(current, false);
}
