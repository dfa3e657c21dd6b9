/**
 * Building blocks shared by every content schema: ids, references, citations, review dates.
 *
 * Cross-references are stored as plain ids (not Astro's `reference()`), because `reference()`
 * only checks the shape of a value and merely warns about a missing target. Our own integrity
 * check (src/lib/integrity) resolves every id and fails the build, naming file, field and value.
 * Plain zod also keeps these schemas importable from unit tests without Astro's virtual modules.
 */
import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the shape of every entry id and URL segment. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collections that can be pointed at from another entry. */
export const collectionNames = [
	'roles',
	'skills',
	'challenges',
	'guides',
	'modules',
	'paths',
	'glossary',
	'sources',
	'pages',
	'briefs',
	'templates',
	'easyRead',
	'hardWords',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** The id of an entry in `collection`; the integrity check proves the entry exists. */
export const ref = (collection: CollectionName) =>
	z
		.string()
		.regex(idPattern, `must be the id of an entry in "${collection}": lower-case words joined by hyphens`)
		.describe(`id of an entry in the "${collection}" collection`);

/** Longest page title: browser tabs and search results cut longer ones off (html-validate's long-title rule). */
export const titleMax = 70;

/** A short line of text: a list item, a prompt, a statement. */
export const line = (max = 280) => z.string().trim().min(3).max(max);

/**
 * A statement or question that people's saved answers and notes point at: `{ id, text }`. The id,
 * not the position, is what the browser saves, so items can be reordered or reworded without
 * moving anyone's answers. Unique within its list (checked by src/lib/integrity.ts); choose a
 * short one from the text and never reuse an old id for a different question.
 */
export const identified = <T extends z.ZodType<string>>(text: T) =>
	z.object({
		/** Lower-case words joined by hyphens, e.g. `bring-people-together`. */
		id: z.string().max(60).regex(idPattern, 'must be lower-case words joined by hyphens, e.g. bring-people-together'),
		text,
	});
export type Identified = { id: string; text: string };

/**
 * A date written as YYYY-MM-DD. YAML turns an unquoted date into a Date, a quoted one stays
 * a string: accept both, reject anything else with a message that shows the expected form.
 */
const dateMessage = 'must be a date written as YYYY-MM-DD, e.g. 2026-11-26';
export const isoDate = z
	.union([z.date(), z.iso.date({ error: dateMessage })], { error: dateMessage })
	.transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

/** A pointer to a source with an optional place in it (a section, page or table). */
export const citationSchema = z.object({
	/** id of the entry in `sources`. */
	source: ref('sources'),
	/** Where in the source, e.g. "section: Community builder" or "p. 8". */
	locator: z.string().trim().min(1).max(80).optional(),
});
export type Citation = z.output<typeof citationSchema>;

/** Every content page names its sources and when it was last checked against them. */
export const provenance = {
	/** The sources this page draws on, the main one first. */
	sources: z.array(citationSchema).min(1).max(20),
	/** When someone last checked this page against its sources (YYYY-MM-DD). */
	lastReviewed: isoDate,
};

/** Who a piece of content is written for. `professional` includes managers, commissioners and funders. */
export const audiences = ['lived-experience', 'trainer', 'professional'] as const;
export const audienceSchema = z.enum(audiences);
export type Audience = z.output<typeof audienceSchema>;

/** Who can act on a challenge: the person, their peers, or the organisation they work with. */
export const actors = ['you', 'peers', 'organisation'] as const;
export const actorSchema = z.enum(actors);
export type Actor = z.output<typeof actorSchema>;
