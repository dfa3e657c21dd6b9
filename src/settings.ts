/**
 * Site settings in one place: where the site is published, who publishes it, and the licences.
 * A health service, charity or peer-led group that publishes its own copy changes this file
 * (or sets the SITE_URL / SITE_BASE environment variables at build time) and nothing else.
 * The footer, the about page and the accessibility statement read everything from here.
 */

/** Ensures a base path starts and ends with "/" ("many-roles" → "/many-roles/"). */
function normaliseBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

export const settings = {
	/** The site's name. */
	title: 'Many Roles',
	/** One line under the name. */
	tagline: 'The roles people with lived experience take on to change health and care, and training for each.',
	/** Language of every page (British English). */
	lang: 'en-GB',
	/** The public address of the site, without the base path. */
	url: process.env.SITE_URL ?? 'https://many-roles.example.org',
	/** The folder the site is served from ("/" for the root, "/many-roles/" for a subfolder). */
	base: normaliseBase(process.env.SITE_BASE ?? '/'),
	publisher: {
		/** Who publishes this copy of the site. */
		name: 'The Many Roles project',
		/** Where people report a problem or ask a question. Change this when you publish. */
		email: 'hello@many-roles.example.org',
		/** How quickly the publisher aims to reply to a reported problem, in working days. */
		replyWithinDays: 10,
	},
	licences: {
		/** Text, activities and handouts. */
		content: { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', short: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
		/** The code that builds the site. */
		code: { name: 'MIT Licence', short: 'MIT', url: 'https://opensource.org/license/mit' },
	},
	/** The id (in content/sources.yaml) of the paper the site is based on. */
	paperSource: 'miller-2023',
	/** The accessibility standard the site aims to meet, and when the statement was last reviewed. */
	accessibility: { standard: 'WCAG 2.2 level AA', lastReviewed: '2026-11-26' },
} as const;

/** True while the publisher details are still the example ones; the build warns about it. */
export const usesExampleContact = settings.publisher.email.endsWith('.example.org');
