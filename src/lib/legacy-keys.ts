/**
 * The key map that turns a version-1 or -2 saved document (keyed by position) into version 3
 * (keyed by the ids in the content): src/lib/storage/saved-data.ts describes both and fetches this
 * as `saved-data/legacy-keys.json`, only when it finds such a document. Made from the content as
 * built, in the order the old positions counted.
 */
import type { LegacyKeys } from './storage/migrate';
import type { Identified } from '../schemas/shared';
import type { Activity } from '../schemas/module';
import { statementId } from './reflection';

interface Owner<D> {
	id: string;
	data: D;
}

export function legacyKeys(
	roles: readonly Owner<{ recognise: readonly Identified[] }>[],
	skills: readonly Owner<{ iCan: readonly Identified[] }>[],
	modules: readonly Owner<{ reflection: readonly Identified[]; activities: readonly Activity[] }>[],
): LegacyKeys {
	const statements: Record<string, string> = {};
	// Version 2 numbered a role's recognise items and a skill's "I can…" statements from 1.
	for (const role of roles) role.data.recognise.forEach((item, i) => (statements[`${role.id}.${i + 1}`] = statementId(role.id, item.id)));
	for (const skill of skills) skill.data.iCan.forEach((item, i) => (statements[`${skill.id}.${i + 1}`] = statementId(skill.id, item.id)));
	return {
		modules: Object.fromEntries(
			modules.map((m) => [
				m.id,
				{
					questions: m.data.reflection.map((q): [string, string] => [q.id, q.text]),
					// The planner counted a module's group activities: those not for self-study only.
					activities: m.data.activities.filter((a) => a.mode !== 'self-study').map((a) => a.id),
				},
			]),
		),
		statements,
	};
}
