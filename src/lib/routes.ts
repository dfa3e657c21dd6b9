/**
 * The route table: every address the site builds, written once. Pages take their params from it,
 * links are built with it (through href() in src/lib/urls.ts, which adds the base folder), the
 * integrity check accepts a content link only if it is one of `allPaths`, the sitemap leaves out
 * what `sitemap: false` marks, and the handouts list takes the printable pages' addresses from it.
 *
 * A path here is written from the site root without the leading slash and, for a page, ends in
 * "/" ("roles/community-builder/"), because every page is a folder (trailingSlash: 'always').
 * A pattern names the page's file under src/pages ("roles/[role]/" is src/pages/roles/[role].astro);
 * tests/unit/routes.test.ts holds the table and src/pages to each other, and to dist/ once built.
 *
 * Browser-safe on purpose (no astro:content, no dictionary, no zod): browser code builds its links
 * with it too.
 */

/** What the dynamic routes need to know about the content: ids only. */
export interface RouteContent {
	roles: readonly { id: string }[];
	skills: readonly { id: string }[];
	challenges: readonly { id: string }[];
	guides: readonly { id: string }[];
	modules: readonly { id: string }[];
	paths: readonly { id: string }[];
	/** About, accessibility, privacy: each at the root ("about/"). */
	pages: readonly { id: string }[];
	/** The ready-made sessions: one per group path, with the path's id. */
	sessions: readonly { id: string }[];
	/** Every audience a module can be for (src/schemas/shared.ts). */
	audiences: readonly string[];
	/** Short briefs (the Monday brief), printed from the organisations' landing page. */
	briefs: readonly { id: string }[];
	/** The template documents (src/lib/templates.ts templateDocIds): one per template, or one per role. */
	templates: readonly { id: string }[];
	/** Easy Read pages (content/easy-read/), each at easy-read/<id>/. */
	easyRead: readonly { id: string }[];
}

export interface Route<Args extends string[] = []> {
	/** The route as its file under src/pages spells it: "roles/[role]/". */
	pattern: string;
	/** The address of one page of this route. */
	path: (...args: Args) => string;
	/** The params getStaticPaths returns for that page: { role: "citizen-leader" }. */
	params: (...args: Args) => Record<string, string>;
	/** Every address this route builds for the content. */
	list: (content: RouteContent) => string[];
	/** False for pages that are other views of a listed page (printable pages) or show only what their address carries. */
	sitemap: boolean;
	/** False for what is not a page to link to from content (the 404 page, a JSON file). */
	linkable: boolean;
}

interface Options {
	sitemap?: boolean;
	linkable?: boolean;
}

/** A page with one address. */
function fixed(pattern: string, { sitemap = true, linkable = true }: Options = {}): Route {
	return { pattern, path: () => pattern, params: () => ({}), list: () => [pattern], sitemap, linkable };
}

/** A page per value of its one param ("roles/[role]/" or, for a rest param, "print/[...handout]/"). */
function dynamic(pattern: string, values: (content: RouteContent) => readonly string[], { sitemap = true, linkable = true }: Options = {}): Route<[string]> {
	const [placeholder, name] = /\[(?:\.\.\.)?(\w+)\]/.exec(pattern)!;
	const path = (value: string) => pattern.replace(placeholder, value);
	return { pattern, path, params: (value) => ({ [name]: value }), list: (content) => values(content).map(path), sitemap, linkable };
}

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

/** The kinds of printable page (handout), in the order the handouts list shows them. */
export const handoutKinds = ['role-card', 'skills-check', 'role-reflection', 'path', 'module', 'facilitator', 'reflection', 'cards', 'session-pack', 'brief', 'template', 'easy-read'] as const;
export type HandoutKind = (typeof handoutKinds)[number];

/**
 * Kinds that also come in large print (everything a participant or learner holds, the briefs too:
 * the ladders are handed to participants; a template's own large print is its Word file; Easy Read
 * is printed at 16 point or more already).
 */
export const hasLargePrint = (kind: HandoutKind) => kind !== 'facilitator' && kind !== 'session-pack' && kind !== 'template' && kind !== 'easy-read';

/**
 * Where each kind of handout lives under print/ (large print under print/large/ with the same rest),
 * which entries it is made for, and the ordinary page it is printed from.
 */
export const handoutPlaces: Record<HandoutKind, { entries: 'roles' | 'paths' | 'modules' | 'sessions' | 'briefs' | 'templates' | 'easyRead' | 'reflections'; under: (id: string) => string; from: (id: string) => string }> = {
	'role-card': { entries: 'roles', under: (id) => `roles/${id}`, from: (id) => routes.role.path(id) },
	'skills-check': { entries: 'roles', under: (id) => `worksheets/skills/${id}`, from: (id) => routes.role.path(id) },
	// "Which roles do I take?" on paper, one per version: `short` or `full`.
	'role-reflection': { entries: 'reflections', under: (id) => `worksheets/roles/${id}`, from: (id) => (id === 'short' ? routes.reflection.path() : routes.reflectionFull.path()) },
	path: { entries: 'paths', under: (id) => `paths/${id}`, from: (id) => routes.path.path(id) },
	module: { entries: 'modules', under: (id) => `modules/${id}`, from: (id) => routes.module.path(id) },
	facilitator: { entries: 'modules', under: (id) => `modules/${id}/facilitator`, from: (id) => routes.module.path(id) },
	reflection: { entries: 'modules', under: (id) => `worksheets/reflection/${id}`, from: (id) => routes.module.path(id) },
	// A module's activity, role-play and question cards (src/lib/cards.ts), to cut out.
	cards: { entries: 'modules', under: (id) => `modules/${id}/cards`, from: (id) => routes.module.path(id) },
	'session-pack': { entries: 'sessions', under: (id) => `sessions/${id}`, from: (id) => routes.session.path(id) },
	brief: { entries: 'briefs', under: (id) => `briefs/${id}`, from: (id) => briefPages[id] ?? routes.organisations.path() },
	template: { entries: 'templates', under: (id) => `templates/${id}`, from: (id) => routes.template.path(id) },
	'easy-read': { entries: 'easyRead', under: (id) => `easy-read/${id}`, from: (id) => routes.easyRead.path(id) },
};

/**
 * Briefs with a page of their own, by id: the one-page summary of the two participation ladders.
 * Any other brief (the Monday brief) is the first part of the organisations' landing page.
 */
export const briefPages: Readonly<Record<string, string>> = { 'participation-ladders': 'participation-ladders/' };

/** The rest param of a handout's page: "modules/x/facilitator", "large/roles/x". */
export function handoutParam(kind: HandoutKind, id: string, largePrint = false): string {
	if (largePrint && !hasLargePrint(kind)) throw new Error(`${kind} handouts have no large-print variant`);
	return `${largePrint ? 'large/' : ''}${handoutPlaces[kind].under(id)}`;
}

/** The role reflection's versions (src/lib/reflection.ts), each with a worksheet to print. */
const reflectionVersions = [{ id: 'short' }, { id: 'full' }];

/**
 * Every handout the entries make: by kind in a fixed order, each regular one followed by its
 * large-print twin. The reflection's worksheets come from its versions, not from content.
 */
export function handoutsOf<T extends { id: string }>(given: Record<Exclude<(typeof handoutPlaces)[HandoutKind]['entries'], 'reflections'>, readonly T[]> & { reflections?: readonly T[] }) {
	const entries = { reflections: reflectionVersions as T[], ...given };
	return handoutKinds.flatMap((kind) =>
		entries[handoutPlaces[kind].entries].flatMap((entry) => [false, ...(hasLargePrint(kind) ? [true] : [])].map((largePrint) => ({ kind, entry, largePrint }))),
	);
}

export const routes = {
	home: fixed(''),
	roles: fixed('roles/'),
	role: dynamic('roles/[role]/', (c) => ids(c.roles)),
	skills: fixed('skills/'),
	skill: dynamic('skills/[skill]/', (c) => ids(c.skills)),
	challenges: fixed('challenges/'),
	challenge: dynamic('challenges/[challenge]/', (c) => ids(c.challenges)),
	guides: fixed('guides/'),
	guide: dynamic('guides/[guide]/', (c) => ids(c.guides)),
	modules: fixed('modules/'),
	module: dynamic('modules/[module]/', (c) => ids(c.modules)),
	modulesByRole: dynamic('modules/role/[role]/', (c) => ids(c.roles)),
	modulesByAudience: dynamic('modules/audience/[audience]/', (c) => c.audiences),
	curriculumMap: fixed('modules/map/'),
	paths: fixed('paths/'),
	path: dynamic('paths/[path]/', (c) => ids(c.paths)),
	sessions: fixed('sessions/'),
	session: dynamic('sessions/[session]/', (c) => ids(c.sessions)),
	room: dynamic('sessions/[session]/room/', (c) => ids(c.sessions)),
	planner: fixed('sessions/planner/'),
	// The planner's pack and room view show only the plan carried in their address.
	plannerPack: fixed('sessions/planner/pack/', { sitemap: false }),
	plannerRoom: fixed('sessions/planner/room/', { sitemap: false }),
	glossary: fixed('glossary/'),
	sources: fixed('sources/'),
	search: fixed('search/'),
	/** The role reflection's short version (the default); the full version has every statement. */
	reflection: fixed('reflection/'),
	/** Support and advice contacts, from settings.supportContacts (src/lib/support-contacts.ts). */
	help: fixed('help/'),
	reflectionFull: fixed('reflection/all/'),
	myData: fixed('my-data/'),
	handouts: fixed('handouts/'),
	/** The landing page for professionals, managers, commissioners and funders: the Monday brief first. */
	organisations: fixed('organisations/'),
	/** The two participation ladders on one page (the brief content/briefs/participation-ladders.md). */
	participationLadders: fixed(briefPages['participation-ladders']),
	templates: fixed('templates/'),
	template: dynamic('templates/[template]/', (c) => ids(c.templates)),
	/** Easy Read: the list, then each page (content/easy-read/), each printable as an Easy Read handout. */
	easyReadIndex: fixed('easy-read/'),
	easyRead: dynamic('easy-read/[page]/', (c) => ids(c.easyRead)),
	/** Each template document as an editable Word file, beside the PDFs (src/lib/template-docx.ts). */
	templateDocx: dynamic('handouts/template-[template].docx', (c) => ids(c.templates), { sitemap: false, linkable: false }),
	/** The printed footer of every handout, "Page N of M" (src/lib/page-numbers.ts). */
	pageNumbers: fixed('handouts/page-numbers.css', { sitemap: false, linkable: false }),
	/** What scripts/make-pdfs.mjs prints (src/lib/handouts.ts pdfManifest). */
	handoutManifest: fixed('handouts/manifest.json', { sitemap: false, linkable: false }),
	/** The saved document's step to version 3 and its key map, loaded only for an older document (src/lib/storage/saved-data.ts). */
	savedDataMigration: fixed('saved-data/migrate.js', { sitemap: false, linkable: false }),
	/** Imports Pagefind for the search page, by a script element rather than import() (src/pages/search/load-pagefind.js.ts). */
	searchLoader: fixed('search/load-pagefind.js', { sitemap: false, linkable: false }),
	/** Printable pages are other views of pages the sitemap lists (their canonical link says so). */
	handout: dynamic('print/[...handout]/', (c) => handoutsOf(c).map((h) => handoutParam(h.kind, h.entry.id, h.largePrint)), { sitemap: false }),
	page: dynamic('[page]/', (c) => ids(c.pages)),
	notFound: fixed('404.html', { sitemap: false, linkable: false }),
} satisfies Record<string, Route<[]> | Route<[string]>>;

export type RouteName = keyof typeof routes;

/** Every address the site builds for this content. */
export function allPaths(content: RouteContent, which: (route: Route<[]> | Route<[string]>) => boolean = () => true): string[] {
	return Object.values(routes).flatMap((route) => (which(route) ? route.list(content) : []));
}

const patternCache = new Map<string, RegExp>();

/** Whether a path ("print/modules/x/") is one of the route's addresses, whatever the content. */
export function matchesRoute(route: Pick<Route, 'pattern'>, path: string): boolean {
	let regex = patternCache.get(route.pattern);
	if (!regex) {
		const source = route.pattern
			.split(/(\[(?:\.\.\.)?\w+\])/)
			.map((part) => (part.startsWith('[...') ? '.+' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
			.join('');
		patternCache.set(route.pattern, (regex = new RegExp(`^${source}$`)));
	}
	return regex.test(path);
}

/** For the sitemap: false for an address of a route marked `sitemap: false`. */
export function inSitemap(path: string): boolean {
	return !Object.values(routes).some((route) => !route.sitemap && matchesRoute(route, path));
}
