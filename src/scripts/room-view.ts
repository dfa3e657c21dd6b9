/**
 * The room view on a projector: one section (activity or break) at a time, moved on and back with
 * the keyboard or the buttons, with a countdown for the section on screen.
 *
 * Everything comes from the DOM, so any page that renders sections the same way gets this view
 * (the ready-made sessions, and the session planner's room view, which copies its sections in):
 * - the container `[data-room]` carries the labels (data-labels, written by RoomFrame.astro;
 *   `{title}`, `{n}` and `{total}` are filled in here), so no string lives in this file;
 * - each `[data-room-slide]` is one section, with `data-minutes` and `data-title`;
 * - the controls, the clock and the live region are the `[data-room-…]` elements inside.
 * Without this script every section shows, in order, and the controls stay hidden. The address
 * says which section is on screen (#show-3) once someone moves.
 *
 * Keys: Right arrow, Page Down or Space move on; Left arrow or Page Up move back; T starts or
 * pauses the timer; F asks for full screen. They are left alone with a modifier held (browser
 * shortcuts) and inside text fields; Space on a button, link or checkbox keeps its own meaning.
 *
 * The timer: each section keeps its own time left. Moving while it runs keeps it running, on the
 * section moved to (the group moves on with the facilitator; pausing is one key away). At zero it
 * stops and the clock says "Time is up"; with the two-minute warning ticked it says "Time is nearly
 * up" from two minutes before (only on sections longer than that). Each state shows in words as
 * well as colour (room.css), and the live region announces each one once, as it happens, and each
 * new section's title, never the seconds: the time left is a role="timer", which screen readers do
 * not read out as it changes, and it is written at most once a second.
 *
 * The warning's tick lasts only as long as the page: saving it in the one saved document
 * (src/lib/storage/) would add that module's 1 KB to this page's script, about doubling it, past
 * the reading pages' 2 KB budget.
 */
import { labelsOf } from '../lib/labels';

/** "9:05" for 545 seconds; "0:00" once time is up. */
export function formatLeft(seconds: number): string {
	const s = Math.max(0, Math.ceil(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Seconds left at which the two-minute warning starts. */
const warnAt = 120;

export function startRoomView(root: HTMLElement | null): void {
	if (!root) return;
	const slides = [...root.querySelectorAll<HTMLElement>('[data-room-slide]')];
	if (!slides.length) return;
	const labels = labelsOf(root);
	const find = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-room-${name}]`)!;
	const live = find('live');
	const left = find('left');
	const clock = find('clock');
	const state = find('state');
	const position = find('position');
	const prev = find<HTMLButtonElement>('prev');
	const next = find<HTMLButtonElement>('next');
	const timer = find<HTMLButtonElement>('timer');
	const full = find<HTMLButtonElement>('full');
	const warn = find<HTMLInputElement>('warn');

	const secondsOf = (slide: HTMLElement) => Math.max(0, Number(slide.dataset.minutes) || 0) * 60;
	// The address keeps the section on screen (#show-3), so a reload or a shared link opens on it. Not
	// the section's own id: the browser would scroll to that on load, past the controls.
	const fromHash = Number(/^#show-(\d+)$/.exec(location.hash)?.[1] ?? 1) - 1;
	let current = Math.min(slides.length - 1, Math.max(0, fromHash));
	/** Seconds left on each section, kept while it is off screen. */
	const remaining = slides.map(secondsOf);
	let deadline = 0; // when the running countdown reaches zero (ms), 0 when paused
	let tick: number | undefined;

	const say = (text: string) => (live.textContent = text);
	const secondsLeft = () => (deadline ? Math.max(0, (deadline - Date.now()) / 1000) : remaining[current]);

	/** Writes the time left and the clock's state; `announce` says a state reached just now. */
	const showLeft = (announce = false) => {
		const s = secondsLeft();
		const text = formatLeft(s);
		if (left.textContent !== text) left.textContent = text;
		const phase = s <= 0 ? 'up' : warn.checked && s <= warnAt && secondsOf(slides[current]) > warnAt ? 'near' : '';
		if (clock.dataset.state === phase) return;
		clock.dataset.state = phase;
		state.textContent = labels.t(phase === 'up' ? 'room.timeUp' : phase ? 'room.nearlyUp' : 'room.timeLeft');
		if (announce && phase) say(labels.t(phase === 'up' ? 'room.timeUp' : 'room.twoMinutes'));
	};

	const pause = () => {
		remaining[current] = secondsLeft();
		deadline = 0;
		window.clearInterval(tick);
		tick = undefined;
		// The label says what the button does next; no aria-pressed as well, or it reads "Pause timer, pressed".
		timer.textContent = labels.t('room.start');
	};

	const run = () => {
		// Once time is up, starting again counts the section's full time afresh.
		if (remaining[current] <= 0) remaining[current] = secondsOf(slides[current]);
		if (remaining[current] <= 0) return;
		deadline = Date.now() + remaining[current] * 1000;
		timer.textContent = labels.t('room.pause');
		tick = window.setInterval(() => {
			if (Date.now() >= deadline) pause();
			showLeft(true);
		}, 1000);
	};

	const show = (index: number, announce: boolean) => {
		const running = deadline > 0;
		const focusWasInside = slides[current].contains(document.activeElement);
		pause();
		current = Math.min(slides.length - 1, Math.max(0, index));
		slides.forEach((slide, i) => (slide.hidden = i !== current));
		const slide = slides[current];
		position.textContent = labels.t('room.position', { n: current + 1, total: slides.length });
		// aria-disabled, not disabled: a disabled button drops focus to the page, and a button that
		// vanishes or moves focus elsewhere loses the facilitator's place. Focus stays where it was.
		prev.setAttribute('aria-disabled', String(current === 0));
		next.setAttribute('aria-disabled', String(current === slides.length - 1));
		if (running) run();
		showLeft();
		if (announce) {
			// Only on a move: a fragment set while the page is still loading makes the browser scroll to it.
			history.replaceState(null, '', `#show-${current + 1}`);
			// A long section may have been scrolled down; the next one starts at its top.
			window.scrollTo(0, 0);
			say(labels.t('room.now', { title: slide.dataset.title ?? '' }));
		}
		// Focus must not be left on a section that just disappeared.
		if (focusWasInside) slide.querySelector<HTMLElement>('h2')?.focus();
	};

	const move = (by: number) => {
		if (current + by >= 0 && current + by < slides.length) show(current + by, true);
	};
	const startOrPause = () => {
		if (deadline) pause();
		else run();
		showLeft();
	};

	const setFullLabel = () => (full.textContent = labels.t(document.fullscreenElement ? 'room.leaveFullScreen' : 'room.fullScreen'));
	// Full screen of the whole page, so the controls and the clock come too. A browser or a frame
	// that does not allow it gets no button, and F says how else to do it.
	const toggleFull = () => {
		if (!document.fullscreenEnabled) return say(labels.t('room.noFullScreen'));
		(document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => say(labels.t('room.noFullScreen')));
	};

	prev.addEventListener('click', () => move(-1));
	next.addEventListener('click', () => move(1));
	timer.addEventListener('click', startOrPause);
	full.addEventListener('click', toggleFull);
	warn.addEventListener('change', () => showLeft());
	document.addEventListener('fullscreenchange', setFullLabel);

	document.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
		const target = event.target as HTMLElement;
		if (target.closest('input:not([type=checkbox]), textarea, select, [contenteditable]')) return;
		const key = event.key.toLowerCase();
		if (key === ' ' && target.closest('button, a, summary, input')) return;
		const forward = key === 'arrowright' || key === 'pagedown' || (key === ' ' && !event.shiftKey);
		const back = key === 'arrowleft' || key === 'pageup';
		if (forward || back) move(forward ? 1 : -1);
		else if (key === 't') startOrPause();
		else if (key === 'f') toggleFull();
		else return;
		event.preventDefault();
	});

	full.hidden = !document.fullscreenEnabled;
	find('controls').hidden = false;
	find('keys').hidden = false;
	root.classList.add('is-live');
	show(current, false);
}
