/** A cross-cutting page: what co-production asks for, what organisations must do, and so on. */
import { z } from 'astro/zod';
import { bodyBasisSchema, claim } from './basis';
import { audienceSchema, line, provenance, ref, titleMax } from './shared';

export const guideSchema = z.object({
	title: z.string().trim().min(3).max(titleMax),
	/** One or two plain sentences (Flesch-Kincaid grade 7 or lower). */
	summary: z.string().trim().min(40).max(220),
	/** Who the guide is mainly for; the first sets its readability limit. */
	audiences: z.array(audienceSchema).min(1).max(3),
	/** The main points, for the top of the page and for printed handouts. */
	keyPoints: z.array(claim(line())).min(2).max(8),
	/** Related challenges, shown as links at the end. */
	challenges: z.array(ref('challenges')).max(12).default([]),
	/** Related roles, shown as links at the end. */
	roles: z.array(ref('roles')).max(4).default([]),
	order: z.number().int().min(1).max(100),
	/** Where the page's main text (the Markdown below the frontmatter) comes from. */
	bodyBasis: bodyBasisSchema,
	...provenance,
});

export type GuideInput = z.input<typeof guideSchema>;
export type GuideData = z.output<typeof guideSchema>;
