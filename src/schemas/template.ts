/**
 * A template to adapt: a policy, role description, terms of reference or checklist that an
 * organisation copies and fills in. Its page, its printable handout and its Word document are all
 * made from these fields (src/lib/templates.ts), so the three never differ.
 *
 * Text may hold fill-in fields in square brackets, "[name of the group]"; a field named in
 * src/lib/templates.ts `publisherFields` ("[organisation name]") is filled from src/settings.ts
 * once the publisher has set their own details. Write "Note:" advice in `decide`, never in the text.
 */
import { z } from 'astro/zod';
import { audienceSchema, line, provenance } from './shared';

/** Parts of a role that a section can take its items from, so a role description never drifts from the role. */
export const roleParts = ['involves', 'skills', 'challenges', 'support'] as const;

export const templateSectionSchema = z.object({
	/** The section's heading in the finished document: "How fast we pay". */
	heading: z.string().trim().min(3).max(80),
	/** Paragraphs of the finished document, with [fields] to fill in. */
	text: z.array(line(500)).max(6).default([]),
	/** List items of the finished document, with [fields]. */
	items: z.array(line(320)).max(14).default([]),
	/** Show the items as boxes to tick (a checklist) rather than bullets. */
	checklist: z.boolean().default(false),
	/** With a template made for each role: put this part of the role before the items. */
	fromRole: z.enum(roleParts).optional(),
	/** Put the support contacts from src/settings.ts (`supportContacts`) before the items, one item each, so numbers are never written twice. */
	supportContacts: z.boolean().default(false),
	/** Notes on what to decide here: the site's suggestions, shown apart and never part of the document's text. */
	decide: z.array(line(320)).max(6).default([]),
});

export const templateSchema = z.object({
	/** At most 50 characters, so that "<title>: <role>" stays a usable page title. */
	title: z.string().trim().min(3).max(50),
	/** One or two plain sentences (Flesch-Kincaid grade 7 or lower). */
	summary: z.string().trim().min(40).max(220),
	/** Who adapts and uses it; the first sets its readability limit. */
	audiences: z.array(audienceSchema).min(1).max(3).default(['professional']),
	/** What it is for and how to use it: shown before the document, not part of it. */
	howToUse: z.array(line(400)).min(1).max(4),
	/** Make one document per role (a role description for each of the four), titled "<title>: <role>". */
	forEachRole: z.boolean().default(false),
	/**
	 * Print its fields as blank lines to write on, not as [fields]: for a sheet a trainer fills in by
	 * hand (the safety section in every session pack). The page and the Word file keep the [fields].
	 */
	writeIn: z.boolean().default(false),
	/**
	 * Other templates to send or use with this one, by id ("how-i-take-part-best"): the page and the
	 * handout link them under "Use it with". Only templates made once, not one per role.
	 */
	useWith: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a template id')).max(4).default([]),
	/** The document's own opening paragraph, with [fields]. */
	opening: z.array(line(500)).max(3).default([]),
	sections: z.array(templateSectionSchema).min(2).max(14),
	/** Prints on one side of A4 (a checklist to keep in a bag): set in the tighter one-page layout, and tested on its PDF. */
	onePage: z.boolean().default(false),
	/**
	 * A sheet a ready-made session prints (the induction's group agreement, the World Café's table
	 * signs): listed apart from the organisation's own templates, under "For sessions".
	 */
	forSessions: z.boolean().default(false),
	/** Position in lists, 1 first. */
	order: z.number().int().min(1).max(100),
	...provenance,
});

export type TemplateInput = z.input<typeof templateSchema>;
export type TemplateData = z.output<typeof templateSchema>;
export type TemplateSection = z.output<typeof templateSectionSchema>;
export type RolePart = (typeof roleParts)[number];
