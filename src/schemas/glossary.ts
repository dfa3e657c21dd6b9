/** A term used on the site, with a short plain definition that also prints at the end of handouts. */
import { z } from 'astro/zod';
import { citationSchema, idPattern, ref } from './shared';

export const glossarySchema = z.object({
	/** Lower-case words joined by hyphens; the anchor on the glossary page. */
	id: z.string().regex(idPattern, 'must be lower-case words joined by hyphens'),
	/** The term as it appears in text, e.g. "co-production". */
	term: z.string().trim().min(2).max(60),
	/** Other forms that should link to this term the first time they appear (e.g. "co-produce"). */
	matches: z.array(z.string().trim().min(2).max(60)).max(8).default([]),
	/**
	 * One to three plain sentences. Printed handouts use it as is, so it must stand alone; a page
	 * shows its first sentence in place where the term is first used, so that sentence says what
	 * the term means on its own.
	 */
	definition: z.string().trim().min(20).max(400),
	/** Related terms. */
	related: z.array(ref('glossary')).max(6).default([]),
	/** Where the definition comes from, if it follows a source. */
	sources: z.array(citationSchema).max(4).default([]),
});

export type GlossaryInput = z.input<typeof glossarySchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
