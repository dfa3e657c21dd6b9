/**
 * An import is checked in full before anything is saved: a file that is not ours, from a newer
 * version of the site, damaged or too big is refused, and the caller leaves the saved data alone.
 * An older version is migrated (saved-data.ts, with the build's key map, fetched only for such a
 * file) and then checked as the current one.
 */
import { keyMapFromSite, upgrade, type ReadProblem } from './saved-data';
import { limits, savedDataSchema, type SavedData } from './schema';

export type ImportProblem = ReadProblem | 'empty' | 'too-big' | 'not-json' | 'invalid';

export type Imported = { ok: true; data: SavedData } | { ok: false; problem: ImportProblem; where?: string };

/**
 * Reads an export file's text: the data to save, or why it was refused (and where in the file).
 * `loadKeys` is for tests; pages load the key map from the site.
 */
export async function parseImport(text: string, loadKeys = keyMapFromSite): Promise<Imported> {
	if (text.length > limits.fileCharacters) return { ok: false, problem: 'too-big' };
	if (text.trim() === '') return { ok: false, problem: 'empty' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	// zod drops a `__proto__` key silently; a file carrying one was not written by this site.
	if (/"__proto__"\s*:/.test(text)) return { ok: false, problem: 'invalid', where: '__proto__' };
	if (typeof value === 'object' && value !== null && 'exportedAt' in value) {
		const { exportedAt, ...rest } = value as Record<string, unknown>;
		if (typeof exportedAt !== 'string') return { ok: false, problem: 'invalid', where: 'exportedAt' };
		value = rest;
	}
	let upgraded = upgrade(value);
	if (!upgraded.ok && upgraded.problem === 'outdated') upgraded = upgrade(value, await loadKeys());
	if (!upgraded.ok) return upgraded;
	const checked = savedDataSchema.safeParse(upgraded.data);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		return { ok: false, problem: 'invalid', where: issue?.path.map(String).join(' › ') || undefined };
	}
	return { ok: true, data: checked.data };
}
