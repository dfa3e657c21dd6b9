/**
 * An export is the saved document itself plus the moment it was made, as readable JSON, so a
 * person can open their file and see what it holds.
 */
import { appName, type SavedData } from './saved-data';

/** The text of an export file. */
export function exportText(data: SavedData, now = new Date()): string {
	return JSON.stringify({ ...data, exportedAt: now.toISOString() }, null, 2) + '\n';
}

/** A file name with the day in it, so several exports do not overwrite each other. */
export const exportFileName = (day: string) => `${appName}-my-data-${day}.json`;

/** How much a document holds, for "what is saved" summaries. */
export function countSaved(data: SavedData) {
	return {
		done: Object.keys(data.done).length,
		notes: Object.values(data.notes).reduce((sum, notes) => sum + Object.values(notes).filter((n) => n.text.trim() !== '').length, 0),
		reflection: data.reflection !== null,
		plan: data.plan !== null && data.plan.items.length > 0,
		preferences: Object.keys(data.preferences).length > 0,
		unmatched: data.unmatched.length,
	};
}
