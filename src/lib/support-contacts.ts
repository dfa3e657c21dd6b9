/**
 * The support and advice contacts from src/settings.ts, checked and grouped by topic. The help page
 * shows them; the trainer's kit's safety section can import `supportContacts` or `contactsByTopic`
 * from here, so there is one list to keep up to date.
 */
import type { Labels } from './labels';
import { settings } from '../settings';
import { supportContactSchema, supportTopics, type SupportContact, type SupportContactInput, type SupportTopic } from '../schemas/support-contact';

/**
 * Checks every contact, failing the build with the entry and the field at fault
 * ("src/settings.ts supportContacts[2] (Citizens Advice) web: …").
 */
export function parseContacts(list: readonly SupportContactInput[]): SupportContact[] {
	return list.map((input, index) => {
		const result = supportContactSchema.safeParse(input);
		if (result.success) return result.data;
		const name = typeof input?.name === 'string' ? ` (${input.name})` : '';
		const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ');
		throw new Error(`src/settings.ts supportContacts[${index}]${name} ${problems}`);
	});
}

/** The publisher's contacts, in the order settings gives them. */
export const supportContacts: readonly SupportContact[] = parseContacts(settings.supportContacts);

/** Topics that have at least one contact, each with its contacts, in the help page's order. */
export function contactsByTopic(contacts: readonly SupportContact[] = supportContacts): { topic: SupportTopic; contacts: SupportContact[] }[] {
	return supportTopics.map((topic) => ({ topic, contacts: contacts.filter((c) => c.topic === topic) })).filter((group) => group.contacts.length > 0);
}

/** "tel:116123": the number as a phone dials it. */
export const telHref = (number: string) => `tel:${number.replace(/\s+/g, '')}`;

/** "116 123" with non-breaking spaces, so a number never wraps across two lines. */
export const phoneText = (number: string) => number.replace(/ /g, '\u00a0');

/**
 * One contact as a line of text, for paper and Word, where a card cannot be drawn: "Samaritans:
 * 116 123 (Free, 24 hours a day). Someone to talk to … Who it is for: anyone in the UK …". The
 * safety section of every session pack lists the contacts this way, so its numbers are this list's.
 */
export function contactLine(contact: SupportContact, words: Pick<Labels, 't'>): string {
	const reach = [
		contact.phone && (contact.phone.note ? `${phoneText(contact.phone.number)} (${contact.phone.note})` : phoneText(contact.phone.number)),
		contact.web?.replace(/^https:\/\/(www\.)?|\/$/g, ''),
	].filter(Boolean).join(', ');
	return words.t('safety.contactLine', { name: contact.name, reach, for: contact.for, serves: contact.serves, note: contact.note ? ` ${contact.note}` : '' });
}
