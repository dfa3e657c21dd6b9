/**
 * Where a claim comes from. Every list item that makes a claim on a role, skill, challenge or
 * guide page, and each page's main text, says which of three it rests on:
 * - `{ paper: <section> }`: the paper this site is based on (Miller et al. 2023), with the section
 *   that says it. Sections are a fixed list, so a wrong one fails the build;
 * - `{ source: <id>, locator? }`: another entry in content/sources.yaml (the integrity check
 *   proves it exists, and sends the paper itself to `paper`);
 * - `practice`: the site's own suggestion, from common practice, not from any one source.
 * Pages show it in plain words (src/lib/basis.ts). Readers can then tell the research apart from
 * our advice, which the paper does not give.
 */
import { z } from 'astro/zod';
import { actorSchema, idPattern, line } from './shared';

/** The id the paper has in content/sources.yaml: cite it as `{ paper: <section> }`, not as a `source`. */
export const paperSourceId = 'miller-2023';

/** The paper's sections, as ids, with their headings as the paper prints them. */
export const paperSections = {
	abstract: 'Abstract',
	introduction: 'Introduction',
	'community-builder': 'Community Builder',
	'improvement-expert': 'Improvement expert',
	'disruptor-advocate': 'Disruptor/advocate',
	'citizen-leader': 'Citizen leader',
	'turning-roles-into-reality': 'Turning roles into reality',
	acknowledgements: 'Acknowledgements',
} as const;
export type PaperSection = keyof typeof paperSections;
const sectionIds = Object.keys(paperSections) as [PaperSection, ...PaperSection[]];

const shapes = `practice, { paper: <section> } or { source: <id in sources.yaml> }; sections: ${sectionIds.join(', ')}`;

export const paperBasisSchema = z.strictObject({
	/** The section of the paper that says it. */
	paper: z.enum(sectionIds, {
		error: (issue) => `${JSON.stringify(issue.input)} is not a section of the paper: use one of ${sectionIds.join(', ')}`,
	}),
});

export const sourceBasisSchema = z.strictObject({
	/** id of the entry in content/sources.yaml. */
	source: z.string().regex(idPattern, {
		error: (issue) => `${JSON.stringify(issue.input)} must be the id of an entry in "sources": lower-case words joined by hyphens`,
	}),
	/** Where in the source, e.g. "abstract" or "p. 8". */
	locator: z.string().trim().min(1).max(80).optional(),
});

/** The site's own suggestion, from common practice. */
export const practiceBasisSchema = z.literal('practice');

export const basisSchema = z
	.union([practiceBasisSchema, paperBasisSchema, sourceBasisSchema], {
		error: (issue) =>
			issue.input === undefined ? `is missing: say where this comes from, as ${shapes}` : `${JSON.stringify(issue.input)} is not a basis: write ${shapes}`,
	})
	.describe('Where this comes from: practice, { paper: <section> } or { source: <id> }');

export type BasisInput = z.input<typeof basisSchema>;
export type Basis = z.output<typeof basisSchema>;
export type PaperBasis = z.output<typeof paperBasisSchema>;
export type SourceBasis = z.output<typeof sourceBasisSchema>;

export const isPaperBasis = (basis: Basis): basis is PaperBasis => typeof basis === 'object' && 'paper' in basis;
export const isSourceBasis = (basis: Basis): basis is SourceBasis => typeof basis === 'object' && 'source' in basis;

/** A list item that makes a claim: its text and where it comes from. */
export const claim = <T extends z.ZodType<string>>(text: T) =>
	z.object({
		text,
		/** Where the claim comes from: the paper (with its section), another source, or practice. */
		basis: basisSchema,
	});
export type Claim = { text: string; basis: Basis };

/** A piece of help, with who can give or take it, and where the advice comes from. */
export const helpSchema = claim(line(320)).extend({
	/** Who acts: `you` (the person), `peers`, or `organisation` (services, managers, funders). */
	who: actorSchema,
});
export type Help = z.output<typeof helpSchema>;

/** Where a page's main text (its Markdown body) comes from, the main basis first. */
export const bodyBasisSchema = z.array(basisSchema).min(1).max(8).describe("where the page's main text comes from, main basis first");

/**
 * The lists on role, skill, challenge and guide pages that make claims, so each item carries a
 * basis; and the lists that do not, with why. tests/content/claims.test.ts holds every list field
 * of these schemas to one of the two, so a new list cannot slip in without a basis.
 */
export const claimLists = {
	roles: ['involves', 'startingPoints', 'whatHelps', 'recognise', 'everyday'],
	skills: ['iCan', 'signs', 'waysToBuild'],
	challenges: ['signs', 'whatHelps'],
	guides: ['keyPoints'],
} as const;

export const notClaimLists = {
	roles: {
		otherNames: 'names, not claims',
		skills: 'links to skill pages, which carry their own bases',
		challenges: 'links to challenge pages, which carry their own bases',
		reflection: 'questions to think about: they ask, they claim nothing',
		sources: 'the citations themselves',
		bodyBasis: 'the bases themselves',
	},
	skills: { sources: 'the citations themselves', bodyBasis: 'the bases themselves' },
	challenges: { sources: 'the citations themselves', bodyBasis: 'the bases themselves' },
	guides: {
		audiences: 'who the page is for',
		challenges: 'links to challenge pages',
		roles: 'links to role pages',
		sources: 'the citations themselves',
		bodyBasis: 'the bases themselves',
	},
} as const;
