/**
 * The build-time integrity check. Astro validates each entry on its own; this checks how entries
 * fit together and reports every problem in one run, each naming the file, the field and the bad
 * value, so an author fixes everything at once instead of one error per build.
 */
import type { CollectionData } from '../schemas/index';
import { audiences, type Citation, type CollectionName } from '../schemas/shared';
import { paperSourceId, isSourceBasis } from '../schemas/basis';
import { basesOf } from './basis';
import { allPaths, type RouteContent } from './routes';
import { activitiesFor, minutesFor, ways } from './session/ways';
import { templateDocIds } from './templates';
import { easyReadProblems, hardWordsOf } from './easy-read-rules';

export interface EntryLike<T> {
	id: string;
	/** Path from the project root. */
	filePath?: string;
	data: T;
	/** The Markdown/MDX text, where the entry has one. */
	body?: string;
}

export type Snapshot = { [K in CollectionName]: EntryLike<CollectionData[K]>[] };

export interface Problem {
	file: string;
	field: string;
	value: string;
	message: string;
}

export function formatProblem(problem: Problem): string {
	return `${problem.file}: ${problem.field} = ${problem.value}: ${problem.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return [`Content integrity check found ${count}:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

const show = (value: unknown) => JSON.stringify(value);

/** Ids that map to more than one file (e.g. "x.md" and "x.mdx", or two YAML items with one id). */
export function findDuplicateIds(entries: readonly { collection: string; id: string; filePath: string }[]): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const entry of entries) {
		const key = `${entry.collection}\u0000${entry.id}`;
		const first = seen.get(key);
		if (first === undefined) seen.set(key, entry.filePath);
		else
			problems.push({
				file: entry.filePath,
				field: 'id',
				value: show(entry.id),
				message: `duplicate id in "${entry.collection}": also used by ${first}`,
			});
	}
	return problems;
}

/** What the route table needs from the content: a group path is also a ready-made session (src/lib/sessions.ts). */
export function routeContent(content: Snapshot): RouteContent {
	return {
		...content,
		sessions: content.paths.filter((path) => path.data.format === 'group'),
		audiences,
		templates: templateDocIds(content.templates, content.roles).map((id) => ({ id })),
	};
}

/** Every page address the site builds for this content, without the base path (e.g. "/roles/x/"). */
export function knownPaths(content: Snapshot): Set<string> {
	return new Set(allPaths(routeContent(content), (route) => route.linkable).map((path) => `/${path}`));
}

/**
 * Links and images in Markdown/MDX bodies: an internal link must lead to a page the site builds
 * (written from the site root, e.g. [the roles](/roles/)); an image must have alt text.
 */
export function checkBodies(content: Snapshot): Problem[] {
	const problems: Problem[] = [];
	const paths = knownPaths(content);
	for (const name of Object.keys(content) as CollectionName[]) {
		for (const entry of content[name] as EntryLike<unknown>[]) {
			const body = entry.body ?? '';
			const file = entry.filePath ?? `content/${name}/${entry.id}`;
			for (const match of body.matchAll(/(!?)\[([^\]]*)\]\(\s*([^)\s]+)[^)]*\)/g)) {
				const [, bang, text, target] = match;
				if (bang) {
					if (!text.trim()) problems.push({ file, field: 'body', value: show(target), message: 'this image has no alt text: describe it between the [ ]' });
					continue;
				}
				if (!target.startsWith('/')) continue;
				const path = target.replace(/[#?].*$/, '');
				const withSlash = path.endsWith('/') ? path : `${path}/`;
				if (!paths.has(withSlash)) problems.push({ file, field: 'body', value: show(target), message: 'this link leads to no page on the site' });
			}
			for (const match of body.matchAll(/<img\b[^>]*>/g)) {
				if (!/\balt="[^"]+"/.test(match[0])) problems.push({ file, field: 'body', value: show(match[0]), message: 'this image has no alt text' });
			}
		}
	}
	return problems;
}

export function checkIntegrity(content: Snapshot): Problem[] {
	const problems: Problem[] = checkBodies(content);
	const ids = Object.fromEntries(
		Object.entries(content).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
	) as Record<CollectionName, Set<string>>;
	const fileOf = (entry: EntryLike<unknown>, collection: CollectionName) =>
		entry.filePath ?? `content/${collection}/${entry.id}`;

	/** Reports `value` unless it is the id of an entry in `target`. */
	const expect = (file: string, field: string, value: string, target: CollectionName) => {
		if (!ids[target].has(value))
			problems.push({ file, field, value: show(value), message: `no entry with this id in "${target}"` });
	};
	const expectCitations = (file: string, citations: readonly Citation[]) =>
		citations.forEach((c, i) => expect(file, `sources[${i}].source`, c.source, 'sources'));

	// Bases: a `source` must be in sources.yaml, and the paper is cited by its section, as `paper`.
	for (const collection of ['roles', 'skills', 'challenges', 'guides'] as const) {
		for (const entry of content[collection] as EntryLike<Record<string, unknown>>[]) {
			const file = fileOf(entry, collection);
			for (const { field, basis } of basesOf(collection, entry.data)) {
				if (!isSourceBasis(basis)) continue;
				if (basis.source === paperSourceId)
					problems.push({ file, field: `${field}.source`, value: show(basis.source), message: 'cite the paper by its section instead: basis: { paper: <section> }' });
				else expect(file, `${field}.source`, basis.source, 'sources');
			}
		}
	}

	// Roles: skills, challenges, sources.
	for (const role of content.roles) {
		const file = fileOf(role, 'roles');
		role.data.skills.forEach((s, i) => expect(file, `skills[${i}].skill`, s.skill, 'skills'));
		role.data.challenges.forEach((c, i) => expect(file, `challenges[${i}]`, c, 'challenges'));
		expectCitations(file, role.data.sources);
		duplicatesWithin(file, 'skills', role.data.skills.map((s) => s.skill), problems);
		duplicatesWithin(file, 'challenges', role.data.challenges, problems);
		duplicatesWithin(file, 'recognise[].id', role.data.recognise.map((r) => r.id), problems);
		duplicatesWithin(file, 'everyday[].id', role.data.everyday.map((r) => r.id), problems);
		// Both lists save answers as `<role>~<id>`, so an id may be in only one of them.
		const recognised = new Set(role.data.recognise.map((r) => r.id));
		for (const { id } of role.data.everyday) if (recognised.has(id)) problems.push({ file, field: 'everyday[].id', value: show(id), message: 'is also a recognise item’s id: saved answers could not tell them apart' });
		duplicatesWithin(file, 'reflection[].id', role.data.reflection.map((r) => r.id), problems);
	}

	// Skills: every skill must be drawn on by at least one role.
	const usedSkills = new Set(content.roles.flatMap((r) => r.data.skills.map((s) => s.skill)));
	for (const skill of content.skills) {
		const file = fileOf(skill, 'skills');
		expectCitations(file, skill.data.sources);
		duplicatesWithin(file, 'iCan[].id', skill.data.iCan.map((s) => s.id), problems);
		// Reflection answers are saved as `<role or skill id>~<statement id>`: the two must not meet.
		if (ids.roles.has(skill.id))
			problems.push({ file, field: 'id', value: show(skill.id), message: 'a role has the same id: saved reflection answers could not tell them apart' });
		if (!usedSkills.has(skill.id))
			problems.push({ file, field: 'id', value: show(skill.id), message: 'no role draws on this skill: add it to a role\'s skills' });
	}

	// Challenges: a role-specific challenge must be listed by a role.
	const listedChallenges = new Set(content.roles.flatMap((r) => r.data.challenges));
	for (const challenge of content.challenges) {
		const file = fileOf(challenge, 'challenges');
		expectCitations(file, challenge.data.sources);
		if (challenge.data.scope === 'role' && !listedChallenges.has(challenge.id))
			problems.push({
				file,
				field: 'scope',
				value: show('role'),
				message: 'this role-specific challenge is not listed in any role\'s challenges',
			});
	}

	for (const guide of content.guides) {
		const file = fileOf(guide, 'guides');
		guide.data.roles.forEach((r, i) => expect(file, `roles[${i}]`, r, 'roles'));
		guide.data.challenges.forEach((c, i) => expect(file, `challenges[${i}]`, c, 'challenges'));
		expectCitations(file, guide.data.sources);
	}

	// Modules: references, unique activity ids, minutes that add up for each format.
	for (const mod of content.modules) {
		const file = fileOf(mod, 'modules');
		const data = mod.data;
		data.roles.forEach((r, i) => expect(file, `roles[${i}]`, r, 'roles'));
		data.skills.forEach((s, i) => expect(file, `skills[${i}]`, s, 'skills'));
		data.challenges.forEach((c, i) => expect(file, `challenges[${i}]`, c, 'challenges'));
		data.prerequisites.forEach((p, i) => {
			expect(file, `prerequisites[${i}]`, p, 'modules');
			if (p === mod.id) problems.push({ file, field: `prerequisites[${i}]`, value: show(p), message: 'a module cannot be its own prerequisite' });
		});
		expectCitations(file, data.sources);
		duplicatesWithin(file, 'activities[].id', data.activities.map((a) => a.id), problems);
		if (data.worldCafeHarvest && !data.activities.some((a) => a.id === data.worldCafeHarvest && a.mode !== 'self-study'))
			problems.push({ file, field: 'worldCafeHarvest', value: show(data.worldCafeHarvest), message: 'must be the id of one of the module’s group activities' });
		duplicatesWithin(file, 'reflection[].id', data.reflection.map((r) => r.id), problems);
		for (const mode of ways) {
			const format = mode === 'group' ? 'group' : 'selfStudy';
			const counted = activitiesFor(data.activities, mode);
			const sum = counted.reduce((total, a) => total + a.minutes, 0);
			const stated = minutesFor(data.format, mode);
			if (stated === undefined) {
				const only = data.activities.findIndex((a) => a.mode === mode);
				if (only >= 0)
					problems.push({
						file,
						field: `activities[${only}].mode`,
						value: show(mode),
						message: `the module has no format.${format} time, so no activity can be ${mode} only`,
					});
			} else if (sum !== stated) {
				problems.push({
					file,
					field: `format.${format}`,
					value: show(stated),
					message: `activities for this format add up to ${sum} minutes (${counted.map((a) => `${a.id} ${a.minutes}`).join(' + ')}), not ${stated}`,
				});
			}
		}
	}
	problems.push(...prerequisiteCycles(content.modules, (m) => m.data.prerequisites, 'modules', fileOf));

	// Paths: modules exist and can be taken in the path's format; a single activity exists in its
	// module and is one a group does.
	const modulesById = new Map(content.modules.map((m) => [m.id, m]));
	for (const path of content.paths) {
		const file = fileOf(path, 'paths');
		path.data.steps.forEach((step, i) => {
			if (!('module' in step)) return;
			expect(file, `steps[${i}].module`, step.module, 'modules');
			const mod = modulesById.get(step.module);
			const needed = path.data.format === 'group' ? 'group' : 'selfStudy';
			if (mod && mod.data.format[needed] === undefined)
				problems.push({
					file,
					field: `steps[${i}].module`,
					value: show(step.module),
					message: `this is a ${path.data.format} path but the module has no format.${needed} time`,
				});
			if (mod && step.activity) {
				const activity = mod.data.activities.find((a) => a.id === step.activity);
				if (!activity)
					problems.push({ file, field: `steps[${i}].activity`, value: show(step.activity), message: `module "${step.module}" has no activity with this id` });
				else if (activity.mode === 'self-study')
					problems.push({ file, field: `steps[${i}].activity`, value: show(step.activity), message: 'this activity is for self-study only; a group session cannot run it' });
			}
		});
		const steps = path.data.steps.flatMap((s) => ('module' in s ? [s] : []));
		duplicatesWithin(file, 'steps[].module', steps.flatMap((s) => (s.activity ? [] : [s.module])), problems);
		duplicatesWithin(file, 'steps[].activity', steps.flatMap((s) => (s.activity ? [`${s.module}.${s.activity}`] : [])), problems);
		path.data.prerequisites.forEach((p, i) => {
			expect(file, `prerequisites[${i}]`, p, 'paths');
			if (p === path.id) problems.push({ file, field: `prerequisites[${i}]`, value: show(p), message: 'a path cannot be its own prerequisite' });
		});
		expectCitations(file, path.data.sources);
	}

	for (const page of content.pages) expectCitations(fileOf(page, 'pages'), page.data.sources);
	for (const brief of content.briefs) expectCitations(fileOf(brief, 'briefs'), brief.data.sources);
	for (const template of content.templates) {
		const file = fileOf(template, 'templates');
		expectCitations(file, template.data.sources);
		template.data.sections.forEach((s, i) => {
			if (s.fromRole && !template.data.forEachRole)
				problems.push({ file, field: `sections[${i}].fromRole`, value: show(s.fromRole), message: 'only a template made for each role (forEachRole: true) can take a part of a role' });
		});
		duplicatesWithin(file, 'sections[].heading', template.data.sections.map((s) => s.heading), problems);
	}

	// Easy Read: sources, hard words explained where they are used, one Easy Read version per page.
	for (const page of content.easyRead) expectCitations(fileOf(page, 'easyRead'), page.data.sources);
	problems.push(...easyReadProblems(content.easyRead, hardWordsOf(content.glossary, content.hardWords), knownPaths(content)));

	// Glossary: related terms exist; no two entries claim the same words.
	const claimed = new Map<string, string>();
	for (const term of content.glossary) {
		const file = fileOf(term, 'glossary');
		term.data.related.forEach((r, i) => expect(file, `${term.id}.related[${i}]`, r, 'glossary'));
		term.data.sources.forEach((c, i) => expect(file, `${term.id}.sources[${i}].source`, c.source, 'sources'));
		for (const words of [term.data.term, ...term.data.matches]) {
			const key = words.toLowerCase();
			const owner = claimed.get(key);
			if (owner && owner !== term.id)
				problems.push({ file, field: `${term.id}.term`, value: show(words), message: `the same words are already defined by glossary entry "${owner}"` });
			else claimed.set(key, term.id);
		}
	}

	return problems;
}

function duplicatesWithin(file: string, field: string, values: readonly string[], problems: Problem[]) {
	const seen = new Set<string>();
	for (const value of values) {
		if (seen.has(value)) problems.push({ file, field, value: show(value), message: 'listed twice' });
		seen.add(value);
	}
}

/** Reports each prerequisite chain that loops back on itself (A needs B needs A). */
function prerequisiteCycles<T>(
	entries: readonly EntryLike<T>[],
	prerequisitesOf: (entry: EntryLike<T>) => readonly string[],
	collection: CollectionName,
	fileOf: (entry: EntryLike<unknown>, collection: CollectionName) => string,
): Problem[] {
	const byId = new Map(entries.map((e) => [e.id, e]));
	const state = new Map<string, 'visiting' | 'done'>();
	const problems: Problem[] = [];
	const visit = (entry: EntryLike<T>, trail: string[]) => {
		state.set(entry.id, 'visiting');
		for (const next of prerequisitesOf(entry)) {
			if (next === entry.id) continue; // reported separately
			const target = byId.get(next);
			if (!target) continue; // reported as a missing reference
			if (state.get(next) === 'visiting') {
				const loop = [...trail.slice(trail.indexOf(next)), entry.id, next];
				problems.push({ file: fileOf(entry, collection), field: 'prerequisites', value: show(next), message: `prerequisites go round in a circle: ${loop.join(' → ')}` });
			} else if (!state.has(next)) visit(target, [...trail, entry.id]);
		}
		state.set(entry.id, 'done');
	};
	for (const entry of entries) if (!state.has(entry.id)) visit(entry, []);
	return problems;
}
