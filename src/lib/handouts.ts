/**
 * The printable pages (handouts) and the PDFs made from them: which exist, where each lives, what
 * its files are called. Pages, the handouts list, the links on ordinary pages and the PDF script
 * (through dist/handouts/manifest.json) all read this one list, so they can never disagree.
 *
 * Every handout is a page under /print/; the large-print variant of a handout lives under
 * /print/large/ with the same content in bigger type. Facilitator versions are for trainers and
 * have no large-print variant, nor do session packs (each module's learner handout in them has its
 * own). PDFs are `<file>-a4.pdf` and `<file>-letter.pdf` in /handouts/.
 */
import { t } from '../i18n';
import { briefPages, handoutKinds, handoutParam, handoutPlaces, handoutsOf, hasLargePrint, routes, type HandoutKind } from './routes';

export { handoutKinds, hasLargePrint, type HandoutKind };

export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** The folder PDFs are written to, under the site root. */
export const handoutsFolder = 'handouts';

export interface Handout {
	kind: HandoutKind;
	/** The id of the entry it prints: a role, a path, a module, or a ready-made session (its group path's id). */
	id: string;
	largePrint: boolean;
	/** The printable page, from the site root: "print/modules/the-four-roles/". */
	route: string;
	/** The ordinary page it is printed from: "modules/the-four-roles/". */
	from: string;
	/** PDF name without size or extension: "module-the-four-roles", "role-card-citizen-leader-large-print". */
	file: string;
	/** The entry's own title; pages add what kind of handout it is. */
	entryTitle: string;
	/** The title of the ordinary page it is printed from, for the link back to it. */
	fromTitle: string;
	lastReviewed: Date;
}

interface Titled {
	id: string;
	data: { title: string; lastReviewed: Date };
}

export interface HandoutSources {
	roles: readonly Titled[];
	paths: readonly Titled[];
	modules: readonly Titled[];
	/** The ready-made sessions: the group paths, each printed as a session pack. */
	sessions: readonly Titled[];
	/** Short briefs for professionals (the Monday brief); none if left out. */
	briefs?: readonly Titled[];
	/** The template documents (src/lib/templates.ts), each printed as a handout; none if left out. */
	templates?: readonly Titled[];
	/** The Easy Read pages, each printed in the Easy Read layout; none if left out. */
	easyRead?: readonly Titled[];
	/** The role reflection's versions (`short`, `full`), each printed as a worksheet; none if left out. */
	reflections?: readonly Titled[];
}

/**
 * Kinds printed from a page that is not the entry's own: the Monday brief prints from the
 * organisations' landing page, so its way back names that page, not the brief (a brief with a page
 * of its own, the ladders, goes back to that page by its own title).
 */
const fromPageTitles: Partial<Record<HandoutKind, (id: string) => string | undefined>> = {
	brief: (id) => (briefPages[id] ? undefined : t('organisations.title')),
};

export function makeHandout(kind: HandoutKind, entry: Titled, largePrint = false): Handout {
	return {
		kind,
		id: entry.id,
		largePrint,
		route: routes.handout.path(handoutParam(kind, entry.id, largePrint)),
		from: handoutPlaces[kind].from(entry.id),
		file: `${kind}-${entry.id}${largePrint ? '-large-print' : ''}`,
		entryTitle: entry.data.title,
		fromTitle: fromPageTitles[kind]?.(entry.id) ?? entry.data.title,
		lastReviewed: entry.data.lastReviewed,
	};
}

/** Every handout, grouped by kind in a fixed order, each regular one followed by its large-print variant. */
export function allHandouts(sources: HandoutSources): Handout[] {
	return handoutsOf({ briefs: [], templates: [], easyRead: [], reflections: [], ...sources }).map(({ kind, entry, largePrint }) => makeHandout(kind, entry, largePrint));
}

/** The handouts printed from one ordinary page ("roles/citizen-leader/"), regular print first. */
export function handoutsFrom(handouts: readonly Handout[], from: string): Handout[] {
	const own = handouts.filter((h) => h.from === from);
	return [...own.filter((h) => !h.largePrint), ...own.filter((h) => h.largePrint)];
}

/** The regular-print handout of a kind for an entry, from the list (e.g. a module's facilitator view). */
export function findHandout(handouts: readonly Handout[], kind: HandoutKind, id: string): Handout | undefined {
	return handouts.find((h) => h.kind === kind && h.id === id && !h.largePrint);
}

/** The large-print twin of a regular handout, or the regular twin of a large-print one. */
export function twinOf(handouts: readonly Handout[], handout: Handout): Handout | undefined {
	return handouts.find((h) => h.kind === handout.kind && h.id === handout.id && h.largePrint !== handout.largePrint);
}

/** "module-the-four-roles-a4.pdf" */
export function pdfName(handout: Pick<Handout, 'file'>, size: PaperSize): string {
	return `${handout.file}-${size}.pdf`;
}

/** The param of the handout's page (src/pages/print/[...handout].astro): "large/roles/citizen-leader". */
export function printParam(handout: Handout): string {
	return handoutParam(handout.kind, handout.id, handout.largePrint);
}

/** The handout's full title, as its heading and PDF show it: "Citizen leader: role card (large print)". */
export function handoutTitle(handout: Handout): string {
	const title = t(`handout.title.${handout.kind}`, { title: handout.entryTitle });
	return handout.largePrint ? t('handout.largePrintTitle', { title }) : title;
}

/** What scripts/make-pdfs.mjs needs to print every handout: written to /handouts/manifest.json. */
export function pdfManifest(handouts: readonly Handout[], base: string) {
	return {
		version: 1,
		// The footer ("Page N of M") is the pages' own CSS now (src/lib/page-numbers.ts).
		labels: { pagesOne: t('handout.pages.one'), pagesOther: t('handout.pages.other') },
		handouts: handouts.map((h) => ({
			route: `${base}${h.route}`,
			title: handoutTitle(h),
			kind: h.kind,
			largePrint: h.largePrint,
			pdfs: paperSizes.map((size) => ({ size, file: `${handoutsFolder}/${pdfName(h, size)}` })),
		})),
	};
}
export type PdfManifest = ReturnType<typeof pdfManifest>;
