/**
 * Export and import of everything the site saves. An export is the saved document itself plus the
 * moment it was made, as readable JSON, so a person can open their file and see what it holds.
 * An import is checked in full before anything is saved: a file that is not ours, from a newer
 * version of the site, damaged or too big is refused, and the caller leaves the saved data alone.
 */
import { appName, upgrade, type ReadProblem } from './saved-data';
import { limits, savedDataSchema, type SavedData } from './schema';

export type ImportProblem = ReadProblem | 'empty' | 'too-big' | 'not-json' | 'invalid';

export type Imported = { ok: true; data: SavedData } | { ok: false; problem: ImportProblem; where?: string };

/** The text of an export file. */
export function exportText(data: SavedData, now = new Date()): string {
	return JSON.stringify({ ...data, exportedAt: now.toISOString() }, null, 2) + '\n';
}

/** A file name with the day in it, so several exports do not overwrite each other. */
export const exportFileName = (day: string) => `${appName}-my-data-${day}.json`;

/** Reads an export file's text: the data to save, or why it was refused (and where in the file). */
export function parseImport(text: string): Imported {
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
	const upgraded = upgrade(value);
	if (!upgraded.ok) return upgraded;
	const checked = savedDataSchema.safeParse(upgraded.data);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		return { ok: false, problem: 'invalid', where: issue?.path.map(String).join(' › ') || undefined };
	}
	return { ok: true, data: checked.data };
}

/** How much a document holds, for "what is saved" summaries. */
export function countSaved(data: SavedData) {
	return {
		done: Object.keys(data.done).length,
		notes: Object.values(data.notes).reduce((sum, notes) => sum + Object.values(notes).filter((n) => n.text.trim() !== '').length, 0),
		reflection: data.reflection !== null,
	};
}
