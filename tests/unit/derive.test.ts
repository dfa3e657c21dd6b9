/** Derived structures: the skills × roles matrix, the reverse links, path timings. */
import { describe, expect, it } from 'vitest';
import { byOrder, curriculumMap, deepeningPath, indexById, startingModules, missingPrerequisites, modulesBy, pathsByModule, rolesByChallenge, rolesBySkill, skillsMatrix } from '../../src/lib/derive';
import { pathSession } from '../../src/lib/session';
import { rawFixtures, snapshot } from '../support/fixtures';

const content = snapshot();

describe('skillsMatrix', () => {
	it('has a row per skill and a cell per role with the emphasis', () => {
		const matrix = skillsMatrix(content.roles, content.skills);
		expect({ roles: matrix.roles.map((r) => r.id), rows: matrix.rows.map((r) => [r.skill.id, ...r.cells]) }).toMatchInlineSnapshot(`
			{
			  "roles": [
			    "builder",
			  ],
			  "rows": [
			    [
			      "listening",
			      "core",
			    ],
			    [
			      "speaking",
			      "also",
			    ],
			  ],
			}
		`);
	});

	it('leaves a cell empty where a role does not use the skill', () => {
		const raw = rawFixtures();
		raw.roles.push({ ...raw.roles[0], id: 'second', title: 'Second', order: 2, skills: [{ skill: 'speaking' }] });
		const matrix = skillsMatrix(snapshot(raw).roles, snapshot(raw).skills);
		expect(matrix.rows.map((r) => r.cells)).toEqual([['core', null], ['also', 'core']]);
	});
});

describe('reverse links', () => {
	it('finds the roles of a skill and of a challenge', () => {
		expect([...rolesBySkill(content.roles)].map(([id, list]) => [id, list.map((l) => `${l.role.id}:${l.emphasis}`)])).toEqual([
			['listening', ['builder:core']],
			['speaking', ['builder:also']],
		]);
		expect([...rolesByChallenge(content.roles)].map(([id, list]) => [id, list.map((r) => r.id)])).toEqual([['burnout', ['builder']]]);
	});

	it('finds the modules of a role and the paths of a module', () => {
		expect([...modulesBy(content.modules, (m) => m.data.roles)].map(([id, list]) => [id, list.map((m) => m.id)])).toEqual([['builder', ['intro']]]);
		expect([...pathsByModule(content.paths)].map(([id, list]) => [id, list.map((p) => p.id)])).toEqual([
			['intro', ['start']],
			['next', ['start']],
		]);
	});
});

describe('paths timed through the session model', () => {
	const modules = indexById(content.modules);

	it('adds self-study minutes for a self-study path', () => {
		const timed = pathSession(content.paths[0].data, modules);
		expect(timed.parts.map((s) => [s.kind, s.minutes, s.startsAt])).toEqual([
			['module', 20, 0],
			['module', 15, 20],
		]);
		expect([timed.totalMinutes, timed.breakMinutes, timed.modules.length]).toEqual([35, 0, 2]);
	});

	it('uses group minutes and counts breaks for a group path', () => {
		const raw = rawFixtures();
		raw.modules[1].format.group = 15;
		raw.paths[0] = { ...raw.paths[0], format: 'group', steps: [{ module: 'intro' }, { break: 15, label: 'Tea' }, { module: 'next' }] };
		const data = snapshot(raw);
		const timed = pathSession(data.paths[0].data, indexById(data.modules));
		expect(timed.parts.map((s) => [s.kind, s.minutes, s.startsAt])).toEqual([
			['module', 30, 0],
			['break', 15, 30],
			['module', 15, 45],
		]);
		expect([timed.totalMinutes, timed.breakMinutes, timed.learningMinutes]).toEqual([60, 15, 45]);
	});
});

describe('missingPrerequisites', () => {
	it('lists modules a path needs but does not include', () => {
		const raw = rawFixtures();
		raw.paths[0].steps = [{ module: 'next' }];
		const data = snapshot(raw);
		expect(missingPrerequisites(data.paths[0].data, indexById(data.modules)).map((m) => m.id)).toEqual(['intro']);
		expect(missingPrerequisites(content.paths[0].data, indexById(content.modules))).toEqual([]);
	});
});

describe('byOrder', () => {
	it('sorts by order, not by file name', () => {
		const entries = [
			{ id: 'a', data: { order: 2, title: 'A' } },
			{ id: 'b', data: { order: 1, title: 'B' } },
		];
		expect(byOrder(entries).map((e) => e.id)).toEqual(['b', 'a']);
	});
});

describe('curriculumMap', () => {
	it('lists, for each role, its skills and the modules that develop each one', () => {
		const map = curriculumMap(content.roles, content.skills, content.modules);
		expect(map.map((r) => ({ role: r.role.id, rows: r.rows.map((row) => [row.skill.id, row.emphasis, row.modules.map((m) => m.id)]) }))).toEqual([
			{ role: 'builder', rows: [['listening', 'core', ['intro']], ['speaking', 'also', []]] },
		]);
	});
});

describe('deepeningPath', () => {
	const mod = (id: string, roles: string[]) => [id, { id, data: { roles } }] as const;
	const modules = new Map([mod('a', ['builder']), mod('b', ['builder', 'expert']), mod('c', ['builder', 'expert', 'leader', 'advocate']), mod('d', ['expert'])]);
	const path = (id: string, format: 'self-study' | 'group', ids: string[]) => ({ id, data: { format, steps: ids.map((module) => ({ module })) } });
	const paths = [path('general', 'self-study', ['c', 'c']), path('builder', 'self-study', ['a', 'b', 'c']), path('session', 'group', ['a', 'a'])];
	it('picks the self-study path most focused on the role', () => {
		expect(deepeningPath('builder', paths as never, modules as never)?.id).toBe('builder');
	});
	it('never picks a general path or a group session', () => {
		expect(deepeningPath('leader', paths as never, modules as never)).toBeUndefined();
		expect(deepeningPath('expert', [paths[0], paths[2]] as never, modules as never)).toBeUndefined();
	});
});

describe('startingModules', () => {
	it('puts modules for starting out first and keeps order within a level', () => {
		const m = (id: string, level: string) => ({ id, data: { level } });
		const list = [m('deep', 'deepening'), m('build', 'building'), m('start1', 'starting'), m('start2', 'starting')];
		expect(startingModules(list as never, 3).map((x: { id: string }) => x.id)).toEqual(['start1', 'start2', 'build']);
	});
});
