/** A page about the site itself (about, accessibility, privacy): prose with a few settings filled in. */
import { z } from 'astro/zod';
import { audienceSchema, isoDate, citationSchema, titleMax } from './shared';

export const pageSchema = z.object({
	title: z.string().trim().min(3).max(titleMax),
	/** One or two plain sentences (Flesch-Kincaid grade 7 or lower). */
	summary: z.string().trim().min(40).max(240),
	/** Who reads it; the first sets the readability limit. */
	audiences: z.array(audienceSchema).min(1).max(3).default(['lived-experience']),
	/** Sources, where the page draws on any. */
	sources: z.array(citationSchema).max(20).default([]),
	lastReviewed: isoDate,
});

export type PageInput = z.input<typeof pageSchema>;
export type PageData = z.output<typeof pageSchema>;
