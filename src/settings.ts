/**
 * Site settings in one place: where the site is published, who publishes it, and the licences.
 * A health service, charity or peer-led group that publishes its own copy changes this file
 * (or sets the SITE_URL / SITE_BASE environment variables at build time) and nothing else.
 * The footer, the about page and the accessibility statement read everything from here.
 */

import type { SupportContactInput } from './schemas/support-contact';
import type { SessionContactsInput } from './schemas/session-contacts';

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
	/**
	 * Where readers can get support and advice: the help page lists these (src/lib/support-contacts.ts
	 * checks them at build time; a bad entry fails the build naming the entry and field). These are
	 * UK services. A publisher in another country replaces them with its own, each with the country
	 * it serves, and adds a phone number only after checking it.
	 */
	supportContacts: [
		{
			name: 'Samaritans',
			topic: 'talk',
			for: 'Someone to talk to if you feel low, upset or worn out, or if things feel too much.',
			serves: 'Anyone in the UK and the Republic of Ireland',
			phone: { number: '116 123', note: 'Free, 24 hours a day' },
			source: "The service's public web pages",
			checked: '2026-11-26',
		},
		{
			name: 'NHS 111',
			topic: 'health',
			for: 'Help when you need a doctor or nurse soon but it is not an emergency.',
			serves: 'People in England, Scotland and Wales',
			phone: { number: '111' },
			note: 'In an emergency, call 999.',
			source: "The service's public web pages",
			checked: '2026-11-26',
		},
		{
			name: 'Citizens Advice',
			topic: 'benefits',
			for: 'Advice on money and benefits, such as whether being paid to take part could change your benefits.',
			serves: 'People in England and Wales',
			web: 'https://www.citizensadvice.org.uk/',
			source: 'NHS England, which funds a Citizens Advice helpline for the people with lived experience it works with',
			checked: '2026-11-26',
		},
		{
			name: 'Carers UK',
			topic: 'carers',
			for: 'Information and advice for people who look after someone, including about money and benefits.',
			serves: 'Family carers in the UK',
			web: 'https://www.carersuk.org/',
			source: "The Many Roles project's list of checked services (name and website)",
			checked: '2026-11-26',
		},
	] satisfies readonly SupportContactInput[],
	/**
	 * Who people at your sessions turn to. Each is optional: set, it is printed in the safety section
	 * of every session pack, the safety template and the expenses claim; unset, those print a blank
	 * line for the trainer to write it in. Checked at build time (src/schemas/session-contacts.ts).
	 * The shape (names and addresses here are made up):
	 *   safeguardingLead: { name: 'Sam Patel', role: 'Head of involvement', email: 'safeguarding@your-organisation.org' },
	 *   localSupportLine: { name: '<the service>', phone: '<as people dial it>', serves: 'People in <your area>', note: '<hours, cost>' },
	 *   paymentContact: { name: 'Involvement team', email: 'payments@your-organisation.org' },
	 * A person needs a phone or an email. Add a phone number only after checking it.
	 */
	sessionContacts: {} satisfies SessionContactsInput,
} as const;

/** True while the publisher details are still the example ones; the build warns about it. */
export const usesExampleContact = settings.publisher.email.endsWith('.example.org');
