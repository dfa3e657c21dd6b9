/**
 * What the Easy Read pages need worked out from their content: which regular page links to which
 * Easy Read page and back, the pictures a page draws (each once, in a sprite), and a point's text
 * with the hard words it explains marked for bold. Plain functions over entries; src/lib/content.ts
 * runs them once for the build.
 */
import type { EasyReadData } from '../schemas/easy-read';
import type { PictureName } from '../schemas/picture';
import { hardWordsIn, type HardWord } from './easy-read-rules';

interface EasyReadEntry {
	id: string;
	data: Pick<EasyReadData, 'versionOf' | 'sections' | 'picture'>;
}

/** Regular page ("roles/citizen-leader/", no leading slash, as the route table writes it) → its Easy Read page's id. */
export function easyReadVersions(pages: readonly EasyReadEntry[]): Map<string, string> {
	return new Map(pages.flatMap((page) => page.data.versionOf.map((path) => [path.replace(/^\//, ''), page.id] as const)));
}

/** The Easy Read pages of some regular pages (a session's modules), each once, in their order. */
export function easyReadOf(paths: readonly string[], versions: ReadonlyMap<string, string>): string[] {
	return [...new Set(paths.flatMap((path) => versions.get(path) ?? []))];
}

/** The regular page an Easy Read page links back to (its first `versionOf`), or undefined. */
export function regularPageOf(page: EasyReadEntry): string | undefined {
	return page.data.versionOf[0]?.replace(/^\//, '');
}

/** Every picture a page draws, each once: its own picture, then the points' in the order they first appear. */
export function picturesOf(page: EasyReadEntry): PictureName[] {
	return [...new Set([page.data.picture, ...page.data.sections.flatMap((s) => s.points.map((p) => p.picture))])];
}

export interface TextPart {
	text: string;
	/** A hard word this point explains: shown in bold. */
	strong: boolean;
}

/** A point's text cut where the words it explains appear, so they can be shown in bold. */
export function markExplained(text: string, explains: readonly string[], words: readonly HardWord[]): TextPart[] {
	const explained = hardWordsIn(text, words).filter((w) => w.forms.some((f) => explains.some((e) => e.toLowerCase() === f.toLowerCase())));
	const forms = explained.flatMap((w) => w.forms).sort((a, b) => b.length - a.length);
	if (!forms.length) return [{ text, strong: false }];
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${forms.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
	return text
		.split(pattern)
		.map((part, i) => ({ text: part, strong: i % 2 === 1 }))
		.filter((part) => part.text !== '');
}
