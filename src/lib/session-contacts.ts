/**
 * The publisher's session contacts from src/settings.ts (safeguarding lead, local support line,
 * payment contact), checked at build time, and the words each fills in. Templates name them as
 * fields ("[safeguarding lead]"): set, the field is filled; unset, it stays a field, which the
 * packs and handouts print as a line to write on.
 */
import type { Labels } from './labels';
import { dictionary } from '../i18n';
import { settings } from '../settings';
import { sessionContactsSchema, type SessionContacts, type SessionContactsInput } from '../schemas/session-contacts';

/** Checks the settings, failing the build with the field at fault ("src/settings.ts sessionContacts.safeguardingLead.email: …"). */
export function parseSessionContacts(input: SessionContactsInput): SessionContacts {
	const result = sessionContactsSchema.safeParse(input);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => `sessionContacts${issue.path.map((p) => `.${String(p)}`).join('')}: ${issue.message}`).join('; ');
	throw new Error(`src/settings.ts ${problems}`);
}

/** The template fields these settings fill, as they are written in content ("[safeguarding lead]"). */
export const sessionContactFields = ['safeguarding lead', 'local support line', 'payment contact'] as const;
export type SessionContactField = (typeof sessionContactFields)[number];

type Person = NonNullable<SessionContacts['safeguardingLead']>;

type Words = Pick<Labels, 't'>;

/** The words for each field that is set; a field that is not set is absent, and stays to fill in. */
export function sessionContactFills(contacts: SessionContacts, words: Words): Partial<Record<SessionContactField, string>> {
	const nbsp = (n: string) => n.replace(/ /g, '\u00a0');
	const person = (p: Person) => words.t('safety.person', { name: p.role ? `${p.name} (${p.role})` : p.name, reach: [p.phone && nbsp(p.phone), p.email].filter(Boolean).join(', ') });
	const fills: Partial<Record<SessionContactField, string>> = {};
	if (contacts.safeguardingLead) fills['safeguarding lead'] = person(contacts.safeguardingLead);
	if (contacts.paymentContact) fills['payment contact'] = person(contacts.paymentContact);
	const line = contacts.localSupportLine;
	if (line) fills['local support line'] = words.t(line.note ? 'safety.lineNote' : 'safety.line', { name: line.name, phone: nbsp(line.phone), note: line.note ?? '', serves: line.serves });
	return fills;
}

/** The publisher's session contacts, checked. */
export const sessionContacts: SessionContacts = parseSessionContacts(settings.sessionContacts);
/** The words each set contact fills in, in the dictionary's words. */
export const sessionContactWords = sessionContactFills(sessionContacts, dictionary);

/** The template every session pack prints as its safety section (content/templates/). */
export const safetyTemplateId = 'safety-in-the-room';
