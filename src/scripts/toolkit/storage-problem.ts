/**
 * The one map from what went wrong with the saved document (src/lib/storage/saved-data.ts) to the
 * dictionary key of its plain-English message, so every page says the same thing about it.
 */
import type { Opened } from '../../lib/storage/saved-data';

type Problem = Extract<Opened, { ok: false }>['problem'];

/** "storage.problem.full", "…blocked", "…newer", "…outdated"; anything else is "…unreadable". */
export function storageProblemKey(problem: Problem): string {
	const known = ['full', 'blocked', 'newer', 'outdated'] as const;
	return `storage.problem.${(known as readonly string[]).includes(problem) ? problem : 'unreadable'}`;
}
