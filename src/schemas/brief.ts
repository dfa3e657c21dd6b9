/**
 * A short brief for a reader with little time: a few headed lists that fit on one printed page
 * (the Monday brief on the organisations' landing page). The one-page limit is tested on the PDF,
 * so the bounds here are what keeps it there.
 */
import { z } from 'astro/zod';
import { audienceSchema, line, provenance, titleMax } from './shared';

export const briefSectionSchema = z.object({
	/** A short heading: "What tokenism looks like in your meetings". */
	heading: z.string().trim().min(3).max(80),
	/** One plain sentence under the heading, optional. */
	lead: line(240).optional(),
	/** The points, one or two short sentences each; a ladder's rungs, top rung first. */
	items: z.array(line(240)).min(1).max(8),
	/**
	 * Draw the items as the rungs of a ladder (a participation ladder), top rung first, numbered
	 * from the bottom as the ladders' authors count them.
	 */
	ladder: z.boolean().default(false),
});

export const briefSchema = z.object({
	title: z.string().trim().min(3).max(titleMax),
	/** One or two plain sentences (Flesch-Kincaid grade 7 or lower). */
	summary: z.string().trim().min(40).max(220),
	/** Who it is for; the first sets its readability limit. */
	audiences: z.array(audienceSchema).min(1).max(3).default(['professional']),
	/** How long it takes to read and act on, in minutes. */
	minutes: z.number().int().min(1).max(60),
	/** Three to five headed lists; together they must print on one page. */
	sections: z.array(briefSectionSchema).min(2).max(5),
	...provenance,
});

export type BriefInput = z.input<typeof briefSchema>;
export type BriefData = z.output<typeof briefSchema>;
export type BriefSection = z.output<typeof briefSectionSchema>;
