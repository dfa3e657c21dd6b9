/** A risk, dilemma or obstacle that people with lived experience meet. */
import { z } from 'astro/zod';
import { bodyBasisSchema, claim, helpSchema } from './basis';
import { line, provenance, titleMax } from './shared';

/** `risk`: something that can go wrong; `dilemma`: a choice with a cost either way; `obstacle`: a barrier put in the way. */
export const challengeKinds = ['risk', 'dilemma', 'obstacle'] as const;
/**
 * `role`: belongs to one role, and that role must list it (the integrity check enforces this).
 * `cross-cutting`: meets people in any role (practical obstacles, tokenism…).
 */
export const challengeScopes = ['role', 'cross-cutting'] as const;

export const challengeSchema = z.object({
	/** A plain name for the challenge. */
	title: z.string().trim().min(3).max(titleMax),
	/** One or two plain sentences (Flesch-Kincaid grade 7 or lower). */
	summary: z.string().trim().min(40).max(220),
	kind: z.enum(challengeKinds),
	scope: z.enum(challengeScopes),
	/** For obstacles: `practical` (money, venues, access) or `cultural` (how expertise is valued). */
	obstacleType: z.enum(['practical', 'cultural']).optional(),
	/** Signs that this is happening. */
	signs: z.array(claim(line(240))).min(1).max(8),
	/** What helps, and who can act: you, your peers, the organisation. Needs at least one organisation action. */
	whatHelps: z
		.array(helpSchema)
		.min(2)
		.max(10)
		.refine((items) => items.some((item) => item.who === 'organisation'), {
			error: 'needs at least one item with who: organisation (what services, managers or funders can do)',
		}),
	/** Order in lists: role-specific challenges follow their role, cross-cutting ones come last. */
	order: z.number().int().min(1).max(200),
	/** Where the page's main text (the Markdown below the frontmatter) comes from. */
	bodyBasis: bodyBasisSchema,
	...provenance,
});

export type ChallengeInput = z.input<typeof challengeSchema>;
export type ChallengeData = z.output<typeof challengeSchema>;
