/**
 * The one place that queries the content collections. Every page imports its data from here
 * (never calling getCollection itself): lists come sorted, links come resolved, and the
 * integrity check has run before any page renders, so a broken cross-reference fails the build
 * with every problem listed at once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName } from '../schemas/shared';
import { contentDir } from './content-dir';
import { scanIds } from './content-files';
import {
	byOrder,
	crossCutting,
	curriculumMap,
	deepeningPath,
	indexById,
	modulesBy,
	pathsByModule,
	rolesByChallenge,
	rolesBySkill,
	skillsMatrix,
	startingModules,
} from './derive';
import { allHandouts } from './handouts';
import { templateDocs } from './templates';
import { dictionary, t, time } from '../i18n';
import { sessionContactWords } from './session-contacts';
import { contactLine, supportContacts } from './support-contacts';
import { settings, usesExampleContact } from '../settings';
import { minutesFor, reflectionStatements, versions, type Link, type RoleNext } from './reflection';
import { activitiesFor, pathSession, readySessions } from './session';
import { plannerData } from './planner/data';
import { entryHref } from './urls';
import { hardWordsOf } from './easy-read-rules';
import { easyReadVersions } from './easy-read';
import { checkIntegrity, findDuplicateIds, formatProblems, type Snapshot } from './integrity';
import { pathPlaces } from './path-places';

export type Entry<K extends CollectionName> = CollectionEntry<K>;

const loaded = Object.fromEntries(
	await Promise.all(collectionNames.map(async (name) => [name, await getCollection(name)] as const)),
) as { [K in CollectionName]: Entry<K>[] };

const problems = [...findDuplicateIds(scanIds(contentDir())), ...checkIntegrity(loaded as unknown as Snapshot)];
if (problems.length) throw new Error(formatProblems(problems));

export const roles = byOrder(loaded.roles);
export const skills = byOrder(loaded.skills);
export const challenges = byOrder(loaded.challenges);
export const guides = byOrder(loaded.guides);
export const modules = byOrder(loaded.modules);
export const paths = byOrder(loaded.paths);
export const pages = loaded.pages;
export const briefs = loaded.briefs;
export const templates = byOrder(loaded.templates);
export const easyRead = byOrder(loaded.easyRead);
export const glossary = [...loaded.glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB'));
export const sources = [...loaded.sources].sort((a, b) =>
	a.data.authors[0].localeCompare(b.data.authors[0], 'en-GB') || (a.data.year ?? 0) - (b.data.year ?? 0),
);

export const byId = {
	roles: indexById(roles),
	skills: indexById(skills),
	challenges: indexById(challenges),
	guides: indexById(guides),
	modules: indexById(modules),
	paths: indexById(paths),
	glossary: indexById(glossary),
	sources: indexById(sources),
	pages: indexById(pages),
	briefs: indexById(briefs),
	templates: indexById(templates),
	easyRead: indexById(easyRead),
};

/** The other direction of each declared link. */
export const related = {
	rolesBySkill: rolesBySkill(roles),
	rolesByChallenge: rolesByChallenge(roles),
	modulesByRole: modulesBy(modules, (m) => m.data.roles),
	modulesBySkill: modulesBy(modules, (m) => m.data.skills),
	modulesByChallenge: modulesBy(modules, (m) => m.data.challenges),
	modulesByAudience: modulesBy(modules, (m) => m.data.audiences),
	pathsByModule: pathsByModule(paths),
};

/** Each module's place in every path that takes it: position, neighbours, what comes after (src/lib/path-places.ts). */
export const placesByModule = pathPlaces(paths, byId.modules);

/** Where to start in each role: its deepening path and three modules to begin with (role cards). */
export const roleStart = new Map(
	roles.map((role) => [role.id, { path: deepeningPath(role.id, paths, byId.modules), modules: startingModules(related.modulesByRole.get(role.id) ?? [], 3) }]),
);

export const matrix = skillsMatrix(roles, skills);

/** The role reflection: its statements, and for each role the modules and path to suggest. */
// Suggestions say how long each takes on your own, so a first step can be seen to be small.
const moduleLink = (m: Entry<'modules'>): Link => {
	const minutes = m.data.format.selfStudy ?? m.data.format.group;
	return { id: m.id, title: m.data.title, href: entryHref('modules', m.id), time: minutes === undefined ? undefined : time.duration(minutes) };
};
const pathLink = (p: Entry<'paths'>): Link => ({ id: p.id, title: p.data.title, href: entryHref('paths', p.id), time: time.duration(pathSession(p.data, byId.modules).totalMinutes) });
const reflectionVersions = { short: reflectionStatements(roles, byId.skills, 'short'), full: reflectionStatements(roles, byId.skills, 'full') };
const statementCount = (groups: readonly { statements: readonly unknown[] }[]) => groups.reduce((n, g) => n + g.statements.length, 0);
export const reflection = {
	versions: reflectionVersions,
	/** How many sentences each version has, and about how long it takes (minutesFor). */
	size: Object.fromEntries(versions.map((v) => [v, { statements: statementCount(reflectionVersions[v]), minutes: minutesFor(statementCount(reflectionVersions[v])) }])) as Record<(typeof versions)[number], { statements: number; minutes: number }>,
	next: new Map<string, RoleNext>(
		roles.map((role) => {
			const own = startingModules(related.modulesByRole.get(role.id) ?? [], Infinity);
			const path = roleStart.get(role.id)?.path;
			return [role.id, { starting: own.filter((m) => m.data.level === 'starting').map(moduleLink), further: own.filter((m) => m.data.level !== 'starting').map(moduleLink), path: path && pathLink(path) }];
		}),
	),
	/** Where everyone can begin: the first self-study path. */
	firstPath: pathLink(paths.find((p) => p.data.format === 'self-study')!),
};
/** The glossary as the term linker wants it, made once so its pattern is compiled once; the definition opens in place. */
export const glossaryTerms = glossary.map((g) => ({ id: g.id, words: [g.data.term, ...g.data.matches], href: entryHref('glossary', g.id), definition: g.data.definition }));
export const map = curriculumMap(roles, skills, modules);
export const crossCuttingChallenges = crossCutting(challenges);
/** Every path timed the way it is taken (src/lib/session/): its parts, their start times and the totals. */
export const pathSessions = new Map(paths.map((p) => [p.id, pathSession(p.data, byId.modules)]));
/** The ready-made sessions: one per group path, timed from its start time (src/lib/session/). */
export const sessions = readySessions(paths, byId.modules, (p) => pathSessions.get(p.id)!);
export const sessionsById = indexById(sessions);
/** Every template document (one per template, or one per role), with the publisher's fields filled (src/lib/templates.ts). */
export const templateDocuments = templateDocs(
	templates,
	{ roles: byId.roles, skills: byId.skills, challenges: byId.challenges, order: roles, coreLabel: t('emphasis.core').toLowerCase() },
	{
		name: settings.publisher.name,
		email: settings.publisher.email,
		ownDetails: !usesExampleContact,
		set: sessionContactWords,
		contacts: supportContacts.map((c) => contactLine(c, dictionary)),
	},
);
export const templateDocumentsById = indexById(templateDocuments);
/** Every hard word an Easy Read point may use only with its explanation (src/lib/easy-read-rules.ts). */
export const hardWords = hardWordsOf(loaded.glossary, loaded.hardWords);
/** Regular page ("roles/citizen-leader/") → the id of its Easy Read version (src/lib/easy-read.ts). */
export const easyReadByPage = easyReadVersions(easyRead);
/** Every printable page and the PDFs made from it (src/lib/handouts.ts). */
export const handouts = allHandouts({
	roles,
	paths,
	modules,
	sessions: sessions.map((s) => s.path),
	briefs,
	templates: templateDocuments.map((doc) => ({ id: doc.id, data: { title: doc.title, lastReviewed: doc.lastReviewed } })),
	easyRead,
	// Its sentences come from the roles, so it is as new as the newest role.
	reflections: versions.map((id) => ({ id, data: { title: t(id === 'short' ? 'reflect.title' : 'reflect.title.full'), lastReviewed: new Date(Math.max(...roles.map((r) => r.data.lastReviewed.getTime()))) } })),
});
/** What the session planner works with: modules that run with a group, and the group paths as plans. */
export const planner = plannerData(modules, paths);
/** Modules that run with a group, with their group activities in order (the planner's room view carries each one). */
export const groupModules = modules
	.filter((m) => m.data.format.group !== undefined)
	.map((m) => ({ id: m.id, title: m.data.title, activities: activitiesFor(m.data.activities, 'group') }));

/** Fetches a page from the `pages` collection, failing the build if it is missing. */
export function page(id: string): Entry<'pages'> {
	const entry = byId.pages.get(id);
	if (!entry) throw new Error(`content/pages/${id}.mdx is missing: the /${id}/ page is built from it.`);
	return entry;
}
