/**
 * Everything the site derives from the content, as pure functions over entries. A link between
 * two entries is declared once (a role lists its skills and challenges; a module lists its roles,
 * skills and challenges; a path lists its modules) and the other direction is derived here.
 * Unit tests call these on entries parsed through the real schemas.
 */
import type { ChallengeData } from '../schemas/challenge';
import type { ModuleData } from '../schemas/module';
import type { PathData } from '../schemas/path';
import type { RoleData } from '../schemas/role';
import type { SkillData } from '../schemas/skill';
import type { EntryLike } from './integrity';

type Role = EntryLike<RoleData>;
type Skill = EntryLike<SkillData>;
type Challenge = EntryLike<ChallengeData>;
type Module = EntryLike<ModuleData>;
type Path = EntryLike<PathData>;

/** Sorts by the explicit `order` field, then title, never by file name. */
export function byOrder<T extends { data: { order: number; title: string } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en-GB'));
}

export function indexById<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
	return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Looks up ids that the integrity check has already proved exist. */
export function pick<T>(map: ReadonlyMap<string, T>, ids: readonly string[]): T[] {
	return ids.flatMap((id) => {
		const entry = map.get(id);
		return entry ? [entry] : [];
	});
}

export type Emphasis = RoleData['skills'][number]['emphasis'];

/** For each skill, the roles that draw on it and how strongly, in role order. */
export function rolesBySkill<R extends Role>(roles: readonly R[]): Map<string, { role: R; emphasis: Emphasis }[]> {
	const out = new Map<string, { role: R; emphasis: Emphasis }[]>();
	for (const role of byOrder(roles)) {
		for (const { skill, emphasis } of role.data.skills) {
			out.set(skill, [...(out.get(skill) ?? []), { role, emphasis }]);
		}
	}
	return out;
}

export interface MatrixRow<S extends Skill = Skill> {
	skill: S;
	/** One cell per role, in role order: how strongly that role draws on the skill, or null. */
	cells: (Emphasis | null)[];
}

/** The skills × roles matrix: one row per skill (in skill order), one column per role. */
export function skillsMatrix<R extends Role, S extends Skill>(roles: readonly R[], skills: readonly S[]): { roles: R[]; rows: MatrixRow<S>[] } {
	const columns = byOrder(roles);
	const rows = byOrder(skills).map((skill) => ({
		skill,
		cells: columns.map((role) => role.data.skills.find((s) => s.skill === skill.id)?.emphasis ?? null),
	}));
	return { roles: columns, rows };
}

/** For each challenge, the roles that list it. */
export function rolesByChallenge<R extends Role>(roles: readonly R[]): Map<string, R[]> {
	const out = new Map<string, R[]>();
	for (const role of byOrder(roles)) {
		for (const id of role.data.challenges) out.set(id, [...(out.get(id) ?? []), role]);
	}
	return out;
}

/** Challenges that meet people in every role, in order. */
export function crossCutting<C extends Challenge>(challenges: readonly C[]): C[] {
	return byOrder(challenges).filter((c) => c.data.scope === 'cross-cutting');
}

/** Groups modules by each id that `keysOf` returns for them (roles, skills, challenges…). */
export function modulesBy<M extends Module>(modules: readonly M[], keysOf: (m: M) => readonly string[]): Map<string, M[]> {
	const out = new Map<string, M[]>();
	for (const mod of byOrder(modules)) {
		for (const key of keysOf(mod)) out.set(key, [...(out.get(key) ?? []), mod]);
	}
	return out;
}

/** For each module, the paths that include it. */
export function pathsByModule<P extends Path>(paths: readonly P[]): Map<string, P[]> {
	const out = new Map<string, P[]>();
	for (const path of byOrder(paths)) {
		for (const step of path.data.steps) {
			// A session may take several single activities of one module: list the path once.
			if ('module' in step && !out.get(step.module)?.includes(path)) out.set(step.module, [...(out.get(step.module) ?? []), path]);
		}
	}
	return out;
}

/** Modules a path's modules need that the path itself does not include, in first-needed order. */
export function missingPrerequisites<M extends Module>(path: PathData, modules: ReadonlyMap<string, M>): M[] {
	const included = new Set(path.steps.flatMap((s) => ('module' in s ? [s.module] : [])));
	const seen = new Set<string>();
	const out: M[] = [];
	for (const id of included) {
		for (const pre of modules.get(id)?.data.prerequisites ?? []) {
			if (included.has(pre) || seen.has(pre)) continue;
			seen.add(pre);
			const mod = modules.get(pre);
			if (mod) out.push(mod);
		}
	}
	return out;
}

/**
 * The curriculum map: for each role, each of its skills with the modules that develop that skill.
 * A skill several roles share lists the same modules under each of them.
 */
export function curriculumMap<R extends Role, S extends Skill, M extends Module>(roles: readonly R[], skills: readonly S[], modules: readonly M[]) {
	const bySkill = modulesBy(modules, (m) => m.data.skills);
	const skillById = indexById(skills);
	return byOrder(roles).map((role) => ({
		role,
		rows: role.data.skills.flatMap(({ skill, emphasis }) => {
			const entry = skillById.get(skill);
			return entry ? [{ skill: entry, emphasis, modules: bySkill.get(skill) ?? [] }] : [];
		}),
	}));
}

/**
 * The learning path that goes deepest into a role. Paths do not declare roles; their modules do.
 * Each module counts 1 if it develops only this role, 1/n if it develops n roles including this
 * one, 0 otherwise; the self-study path with the highest average wins if it reaches one half, so a
 * general path whose modules cover every role never counts as any one role's path.
 */
export function deepeningPath<P extends Path, M extends Module>(roleId: string, paths: readonly P[], modules: ReadonlyMap<string, M>): P | undefined {
	let best: { path: P; focus: number } | undefined;
	for (const path of paths) {
		if (path.data.format !== 'self-study') continue;
		const roleLists = path.data.steps.flatMap((s) => ('module' in s ? [modules.get(s.module)?.data.roles ?? []] : []));
		if (!roleLists.length) continue;
		const focus = roleLists.reduce((t, roles) => t + (roles.includes(roleId) ? 1 / roles.length : 0), 0) / roleLists.length;
		if (focus >= 0.5 && (!best || focus > best.focus)) best = { path, focus };
	}
	return best?.path;
}

const levelOrder = ['starting', 'building', 'deepening'];

/** The first `count` modules to take for a role: those marked for starting out first, then by order. */
export function startingModules<M extends Module>(modules: readonly M[], count: number): M[] {
	return [...modules].sort((a, b) => levelOrder.indexOf(a.data.level) - levelOrder.indexOf(b.data.level)).slice(0, count);
}
