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

export const handoutKinds = ['role-card', 'skills-check', 'path', 'module', 'facilitator', 'reflection', 'session-pack'] as const;
export type HandoutKind = (typeof handoutKinds)[number];

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
}

/** Where each kind of handout lives under /print/, and the ordinary page it comes from. */
const places: Record<HandoutKind, { route: (id: string) => string; from: (id: string) => string }> = {
	'role-card': { route: (id) => `roles/${id}/`, from: (id) => `roles/${id}/` },
	'skills-check': { route: (id) => `worksheets/skills/${id}/`, from: (id) => `roles/${id}/` },
	path: { route: (id) => `paths/${id}/`, from: (id) => `paths/${id}/` },
	module: { route: (id) => `modules/${id}/`, from: (id) => `modules/${id}/` },
	facilitator: { route: (id) => `modules/${id}/facilitator/`, from: (id) => `modules/${id}/` },
	reflection: { route: (id) => `worksheets/reflection/${id}/`, from: (id) => `modules/${id}/` },
	'session-pack': { route: (id) => `sessions/${id}/`, from: (id) => `sessions/${id}/` },
};

/** Kinds that also come in large print (everything a participant or learner holds). */
export const hasLargePrint = (kind: HandoutKind) => kind !== 'facilitator' && kind !== 'session-pack';

export function makeHandout(kind: HandoutKind, entry: Titled, largePrint = false): Handout {
	if (largePrint && !hasLargePrint(kind)) throw new Error(`${kind} handouts have no large-print variant`);
	return {
		kind,
		id: entry.id,
		largePrint,
		route: `print/${largePrint ? 'large/' : ''}${places[kind].route(entry.id)}`,
		from: places[kind].from(entry.id),
		file: `${kind}-${entry.id}${largePrint ? '-large-print' : ''}`,
		entryTitle: entry.data.title,
		lastReviewed: entry.data.lastReviewed,
	};
}

/** Every handout, grouped by kind in a fixed order, each regular one followed by its large-print variant. */
export function allHandouts({ roles, paths, modules, sessions }: HandoutSources): Handout[] {
	const entriesOf: Record<HandoutKind, readonly Titled[]> = {
		'role-card': roles,
		'skills-check': roles,
		path: paths,
		module: modules,
		facilitator: modules,
		reflection: modules,
		'session-pack': sessions,
	};
	return handoutKinds.flatMap((kind) =>
		entriesOf[kind].flatMap((entry) => [makeHandout(kind, entry), ...(hasLargePrint(kind) ? [makeHandout(kind, entry, true)] : [])]),
	);
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

/** The route Astro builds for a handout: the part after /print/, without the trailing slash. */
export function printParam(handout: Handout): string {
	return handout.route.replace(/^print\//, '').replace(/\/$/, '');
}

/** The handout's full title, as its heading and PDF show it: "Citizen leader: role card (large print)". */
export function handoutTitle(handout: Handout): string {
	const title = t(`handout.title.${handout.kind}`, { title: handout.entryTitle });
	return handout.largePrint ? t('handout.largePrintTitle', { title }) : title;
}

/** What scripts/make-pdfs.mjs needs to print every handout: written to /handouts/manifest.json. */
export function pdfManifest(handouts: readonly Handout[], base: string, site: string) {
	return {
		version: 1,
		/** The site's name, printed in every PDF's footer. */
		site,
		labels: { footer: t('handout.footer'), pagesOne: t('handout.pages.one'), pagesOther: t('handout.pages.other') },
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
