/** A role that people with lived experience take on to change integrated care (four in the paper). */
import { z } from 'astro/zod';
import { basisSchema, bodyBasisSchema, claim, helpSchema } from './basis';
import { identified, line, provenance, ref } from './shared';
import { pictureNameSchema } from './picture';

/** How strongly a role draws on a skill. */
export const emphases = ['core', 'also'] as const;

export const roleSkillSchema = z.object({
	/** id of the skill. The link is declared here only; skill pages derive their roles from it. */
	skill: ref('skills'),
	/** `core`: the paper names it for this role. `also`: the role draws on it too. */
	emphasis: z.enum(emphases).default('core'),
});

export const roleSchema = z.object({
	/** The role's name as the site uses it, e.g. "Community builder". */
	title: z.string().trim().min(3).max(60),
	/** Other names the paper or participants use for the role (e.g. "Advocate"). */
	otherNames: z.array(z.string().trim().min(2).max(60)).max(6).default([]),
	/** Position in lists and tables, 1 first. Explicit so that renaming files never reorders roles. */
	order: z.number().int().min(1).max(20),
	/**
	 * Its picture (src/schemas/picture.ts), beside its name on its page and on its cards. Decorative:
	 * the name beside it says what it stands for. Use the picture of the role's Easy Read page.
	 */
	picture: pictureNameSchema,
	/** One or two plain sentences for cards and search results (Flesch-Kincaid grade 7 or lower). */
	summary: z.string().trim().min(40).max(220),
	/** What the role involves: the main things people in it do. */
	involves: z.array(claim(line())).min(2).max(8),
	/** How and when people come to take the role on. */
	startingPoints: z.array(claim(line())).min(1).max(6),
	/** Skills the role needs, core ones first. */
	skills: z.array(roleSkillSchema).min(1).max(12),
	/** Risks, dilemmas and obstacles people meet in this role (ids in `challenges`). */
	challenges: z.array(ref('challenges')).min(1).max(12),
	/** What helps people in the role: support, peer networks, training. */
	whatHelps: z.array(helpSchema).min(2).max(10),
	/**
	 * The short reflection's sentences: three things people in this role do, as whole "I…"
	 * sentences in the words of everyday life (caring for someone included). Saved by id, as
	 * `<role id>~<item id>` like `recognise`, so an id may not repeat one of `recognise`.
	 */
	everyday: z.array(identified(line(160)).extend({ basis: basisSchema })).length(3),
	/**
	 * "You may already be doing this if you…": each item's text completes that sentence. Its id is
	 * what the role reflection saves answers by (as `<role id>~<item id>`).
	 */
	recognise: z.array(identified(line(200)).extend({ basis: basisSchema })).min(2).max(8),
	/** Questions for a person to think about on their own or with a peer, each with an id. */
	reflection: z.array(identified(line(240))).min(2).max(8),
	/** A short note on how the role was discussed or contested, where the paper records it. */
	nuance: line(400).optional(),
	/** Where the page's main text (the Markdown below the frontmatter) comes from. */
	bodyBasis: bodyBasisSchema,
	...provenance,
});

export type RoleInput = z.input<typeof roleSchema>;
export type RoleData = z.output<typeof roleSchema>;
export type RoleSkill = z.output<typeof roleSkillSchema>;
