/**
 * Performance budgets (issue: "fast on a poor connection"). Sizes are gzip (level 9) of the
 * built files, so they do not depend on how a test server compresses.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist } from './dist';

export const budgets = {
	/**
	 * HTML + CSS + JS loaded at start on a reading page. 16 KB since the saved document's version 3:
	 * module pages carry each reflection question's id and the check for an older document.
	 */
	firstVisit: 16 * 1024,
	/** The HTML of 90% of reading pages. */
	html90: 14 * 1024,
	/** Script loaded at start on a reading page. */
	script: 2 * 1024,
	/**
	 * Script at start on a tool page (the My data page, the role reflection, the session planner):
	 * pages that only work with script, each loading its own and nothing on any other page.
	 */
	toolScript: 16 * 1024,
	/** Everything a first search downloads, up to its first page of results. */
	firstSearch: 80 * 1024,
};

const cache = new Map<string, number>();

/** Gzip size of the built file a URL path is served from (0 if it is not a file in dist/). */
export function gzipBytes(pathname: string): number {
	let file = join(dist, decodeURIComponent(pathname));
	if (pathname.endsWith('/')) file = join(file, 'index.html');
	if (!existsSync(file) || statSync(file).isDirectory()) return 0;
	let size = cache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file), { level: 9 }).length;
		cache.set(file, size);
	}
	return size;
}

/** Pages that are tools rather than reading: they may load more script (budgets.toolScript). */
export const toolPages = ['/my-data/', '/reflection/', '/reflection/all/', '/sessions/planner/'];

/** Which template a page uses, from its path. */
export function pageType(pathname: string): string {
	if (pathname === '/') return 'home';
	if (toolPages.includes(pathname)) return 'tool';
	const [section, id] = pathname.split('/').filter(Boolean);
	if (section === 'sessions' && pathname.endsWith('/room/')) return 'session room';
	if (['roles', 'skills', 'challenges', 'guides', 'modules', 'paths', 'sessions'].includes(section)) return id ? section.replace(/s$/, '') : `${section} index`;
	if (section === 'glossary') return 'glossary';
	if (section === 'search') return 'search';
	// The planner is a tool, not a reading page: its script and data island are what it is for.
	if (section === 'sessions' && id === 'planner') return 'planner';
	return 'about pages';
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The value below which `share` of the values fall (nearest rank). */
export function percentile(values: number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}
