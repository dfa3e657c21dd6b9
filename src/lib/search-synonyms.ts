/**
 * Search synonyms (content/search-synonyms.yaml): which words each page should also be found by.
 * Read from the file at build time; a broken file fails the build naming the file, the field and
 * the value. Base.astro writes a page's words into its search index, unseen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchSynonymsSchema, type SearchSynonym } from '../schemas/search-synonyms';
import type { CollectionName } from '../schemas/shared';
import { contentDir } from './content-dir';
import { parseYamlFile } from './content-files';
import { entryHref } from './urls';

export const synonymsFile = 'search-synonyms.yaml';

/** The file's entries, checked; throws "content/search-synonyms.yaml: [0].pages[1]: … (value)" if broken. */
export function parseSearchSynonyms(text: string, file = `content/${synonymsFile}`): SearchSynonym[] {
	return parseYamlFile(searchSynonymsSchema, text, file);
}

/** Each page's extra search words, keyed by "<collection>/<id>". */
export function synonymsByPage(entries: readonly SearchSynonym[]): Map<string, string[]> {
	const byPage = new Map<string, string[]>();
	for (const entry of entries) for (const page of entry.pages) byPage.set(page, [...new Set([...(byPage.get(page) ?? []), ...entry.words])]);
	return byPage;
}

let cached: Map<string, string[]> | undefined;
/** The extra search words of the page at this address (none for most). */
export function searchWordsAt(pathname: string): string[] {
	cached ??= new Map(
		[...synonymsByPage(parseSearchSynonyms(readFileSync(join(contentDir(), synonymsFile), 'utf8')))].map(([page, words]) => {
			const [collection, id] = page.split('/') as [CollectionName, string];
			return [entryHref(collection, id), words];
		}),
	);
	return cached.get(pathname) ?? [];
}
