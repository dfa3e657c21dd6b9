/**
 * The session contacts (src/lib/session-contacts.ts): the optional settings are checked, naming the
 * field at fault; when set they fill the safety template's fields, and when not set the fields stay
 * to write in; the safety section's support numbers are the one list's (src/lib/support-contacts.ts).
 * Also the sign-in sheet's rows and the packs' copy counts (src/lib/session/materials.ts).
 */
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { parseSessionContacts, sessionContactFills, sessionContacts } from '../../src/lib/session-contacts';
import { contactLine, supportContacts } from '../../src/lib/support-contacts';
import { copiesToMake, defaultSignInRows, signInRows } from '../../src/lib/session';
import { fillPublisher, templateDocs, type Publisher, type RoleContext } from '../../src/lib/templates';
import { templateSchema } from '../../src/schemas/template';
import { settings } from '../../src/settings';

const set = parseSessionContacts({
	safeguardingLead: { name: 'Sam Patel', role: 'Head of involvement', email: 'safeguarding@example.org' },
	localSupportLine: { name: 'Town Listening Line', phone: '0100 000 000', serves: 'People in the town', note: 'Free, evenings' },
	paymentContact: { name: 'Involvement team', email: 'payments@example.org' },
});
const context: RoleContext = { roles: new Map(), skills: new Map(), challenges: new Map(), order: [], coreLabel: 'core' };
const safety = {
	id: 'safety',
	data: templateSchema.parse({
		title: 'Safety in the room',
		summary: 'What to do if someone is upset or tells you about harm, and who to call.',
		howToUse: ['Read it before the session.'],
		writeIn: true,
		sections: [
			{ heading: 'Who to contact', text: ['Safeguarding lead: [safeguarding lead]. Local line: [local support line]. Payment: [payment contact]. Room: [room].'] },
			{ heading: 'Support contacts', supportContacts: true, items: ['Local line: [local support line]'] },
		],
		order: 1,
		sources: [{ source: 'miller-2023' }],
		lastReviewed: '2026-12-04',
	}),
};
const publisher = (over: Partial<Publisher>): Publisher => ({ name: 'Example Trust', email: 'x@example.org', ownDetails: false, ...over });

describe('session contacts in settings', () => {
	it('are all optional: the shipped settings set none, so every field stays to write in', () => {
		expect(parseSessionContacts({})).toEqual({});
		expect(sessionContacts).toEqual(parseSessionContacts(settings.sessionContacts));
		expect(sessionContactFills(parseSessionContacts({}), dictionary)).toEqual({});
	});

	it('fail naming the field at fault', () => {
		expect(() => parseSessionContacts({ safeguardingLead: { name: 'Sam Patel' } })).toThrow(/src\/settings\.ts sessionContacts\.safeguardingLead: give a phone number or an email/);
		expect(() => parseSessionContacts({ localSupportLine: { name: 'A line', phone: '01-23', serves: 'People in the town' } })).toThrow(/sessionContacts\.localSupportLine\.phone: digits and spaces only/);
		expect(() => parseSessionContacts({ paymentContact: { name: 'Team', email: 'not an address' } })).toThrow(/sessionContacts\.paymentContact\.email/);
		expect(() => parseSessionContacts({ safeguardingLeed: { name: 'Typo', email: 'a@example.org' } } as never)).toThrow(/safeguardingLeed/);
	});

	it('fill in words for each one that is set', () => {
		expect(sessionContactFills(set, dictionary)).toEqual({
			'safeguarding lead': 'Sam Patel (Head of involvement): safeguarding@example.org',
			'payment contact': 'Involvement team: payments@example.org',
			'local support line': 'Town Listening Line: 0100\u00a0000\u00a0000 (Free, evenings). Who it is for: People in the town',
		});
	});
});

describe('the safety template', () => {
	it('is filled from the settings when they are set, even while the publisher’s own details are the example ones', () => {
		const [doc] = templateDocs([safety], context, publisher({ set: sessionContactFills(set, dictionary) }));
		expect(doc.sections[0].text[0]).toBe('Safeguarding lead: Sam Patel (Head of involvement): safeguarding@example.org. Local line: Town Listening Line: 0100\u00a0000\u00a0000 (Free, evenings). Who it is for: People in the town. Payment: Involvement team: payments@example.org. Room: [room].');
		expect(doc.fields).toEqual(['room']);
		expect(doc.writeIn).toBe(true);
	});

	it('keeps each field to write in when its setting is not set', () => {
		const [doc] = templateDocs([safety], context, publisher({ ownDetails: true, set: sessionContactFills(parseSessionContacts({ paymentContact: set.paymentContact }), dictionary) }));
		expect(doc.fields).toEqual(['safeguarding lead', 'local support line', 'room']);
		expect(doc.sections[0].text[0]).toContain('Payment: Involvement team: payments@example.org.');
		expect(fillPublisher('[Safeguarding lead]', publisher({}))).toBe('[Safeguarding lead]');
		expect(fillPublisher('[constructor] [toString]', publisher({ ownDetails: true, set: {} }))).toBe('[constructor] [toString]');
	});

	it('lists the one list of support contacts, each saying who and which country it serves, and only its numbers', () => {
		const lines = supportContacts.map((c) => contactLine(c, dictionary));
		const [doc] = templateDocs([safety], context, publisher({ contacts: lines }));
		expect(doc.sections[1].items).toEqual([...lines, 'Local line: [local support line]']);
		expect(doc.sections[0].items).toEqual([]);
		for (const [i, c] of supportContacts.entries()) {
			expect(lines[i]).toContain(`Who it is for: ${c.serves}.`);
			if (c.phone) expect(lines[i]).toContain(c.phone.number.replace(/ /g, '\u00a0'));
		}
		expect(lines[0]).toBe('Samaritans: 116\u00a0123 (Free, 24 hours a day). Someone to talk to if you feel low, upset or worn out, or if things feel too much. Who it is for: Anyone in the UK and the Republic of Ireland.');
	});
});

describe('sheets sized to the group', () => {
	it('gives the sign-in sheet a row for each person, or the default number of blank rows', () => {
		expect(signInRows(10)).toBe(10);
		expect(signInRows(1)).toBe(1);
		expect(signInRows(undefined)).toBe(defaultSignInRows);
		expect(defaultSignInRows).toBe(12);
	});

	it('counts copies from the group size, one sign-in sheet for the room', () => {
		const items = [{ title: 'Handout' }, { title: 'Sign-in sheet', once: true }];
		expect(copiesToMake(items, dictionary, 10)).toEqual(['Handout: print 10', 'Sign-in sheet: print 1']);
		expect(copiesToMake(items, dictionary)).toEqual(['Handout: one for each person', 'Sign-in sheet: print 1']);
	});
});
