/**
 * content/search-synonyms.yaml: words people type into search that the site says differently
 * ("respite" for the site's "replacement care"), and the pages they should find. The words go
 * into those pages' search index unseen (src/lib/search-synonyms.ts, Base.astro).
 */
import { z } from 'astro/zod';
import { collectionNames } from './shared';

/** A page as `<collection>/<id>`, e.g. "challenges/tokenism". */
const pageRef = z.string().regex(new RegExp(`^(${collectionNames.join('|')})/[a-z0-9-]+$`), 'a page is written <collection>/<id>, e.g. challenges/tokenism');

export const searchSynonymSchema = z.object({
	/** What people type: single words or short phrases, lower case. */
	words: z.array(z.string().min(2).max(40).regex(/^[a-z' -]+$/, 'lower-case words')).min(1),
	/** The site's own word for it, for the reader of this file (not indexed). */
	means: z.string().min(2),
	/** The pages those words should find. */
	pages: z.array(pageRef).min(1),
});
export const searchSynonymsSchema = z.array(searchSynonymSchema);
export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
