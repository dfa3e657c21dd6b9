/** A full citation: the paper, and every source the curriculum draws on beyond it. */
import { z } from 'astro/zod';
import { idPattern } from './shared';

export const sourceKinds = ['journal-article', 'book', 'guidance', 'report', 'web-page'] as const;

export const sourceSchema = z.object({
	/** Short id used in citations, e.g. "miller-2023". */
	id: z.string().regex(idPattern, 'must be lower-case words joined by hyphens'),
	kind: z.enum(sourceKinds),
	/** People, in "Surname Initials" form, or the organisation. */
	authors: z.array(z.string().trim().min(2).max(120)).min(1).max(20),
	title: z.string().trim().min(3).max(300),
	/** Year published; leave out where it could not be verified. */
	year: z.number().int().min(1900).max(2100).optional(),
	/** Journal, book publisher or website. */
	publishedIn: z.string().trim().min(2).max(200),
	volume: z.string().max(20).optional(),
	issue: z.string().max(20).optional(),
	/** Pages or article number. */
	pages: z.string().max(30).optional(),
	doi: z
		.string()
		.regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.5334/ijic.7696, without https://doi.org/')
		.optional(),
	/** ISBN of a book, digits and hyphens (with a final X where it has one). */
	isbn: z
		.string()
		.regex(/^(97[89]-?)?\d[\d-]{7,14}[\dX]$/, 'must be an ISBN such as 978-1576752586')
		.optional(),
	url: z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' }).optional(),
	/** The source's own licence, where known, e.g. "CC BY 4.0". */
	licence: z.string().max(60).optional(),
	/**
	 * Fields looked for but not confirmed, so left out on purpose (e.g. `[doi]`): the sources test
	 * accepts a missing field only when it is named here. Say in `note` what could not be checked.
	 */
	notFound: z.array(z.enum(['year', 'volume', 'issue', 'pages', 'doi', 'url', 'isbn'])).max(7).default([]),
	/** Why we use it, or a caution about it. */
	note: z.string().trim().max(400).optional(),
});

export type SourceInput = z.input<typeof sourceSchema>;
export type SourceData = z.output<typeof sourceSchema>;
