/** A skill that one or more roles draw on. Which roles: declared on each role, derived in src/lib. */
import { z } from 'astro/zod';
import { basisSchema, bodyBasisSchema, claim } from './basis';
import { identified, line, provenance, titleMax } from './shared';

export const skillSchema = z.object({
	/** The skill's name, e.g. "Using stories to connect". */
	title: z.string().trim().min(3).max(titleMax),
	/** One or two plain sentences (Flesch-Kincaid grade 7 or lower). */
	summary: z.string().trim().min(40).max(220),
	/**
	 * Statements for self-reflection, each with an id. Each text starts with "I can". The role
	 * reflection saves answers to the first by `<skill id>~<statement id>`.
	 */
	iCan: z
		.array(identified(line(200).regex(/^I can /, 'must start with "I can "')).extend({ basis: basisSchema }))
		.min(2)
		.max(6),
	/** Everyday signs that someone is already using the skill. */
	signs: z.array(claim(line(200))).max(6).default([]),
	/** Ways to build the skill, on your own or with others. */
	waysToBuild: z.array(claim(line(280))).min(1).max(6),
	/** Order in skills lists, grouped by the role that names the skill first. */
	order: z.number().int().min(1).max(200),
	/** Where the page's main text (the Markdown below the frontmatter) comes from. */
	bodyBasis: bodyBasisSchema,
	...provenance,
});

export type SkillInput = z.input<typeof skillSchema>;
export type SkillData = z.output<typeof skillSchema>;
