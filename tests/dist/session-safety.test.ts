/**
 * Safety in every session pack, on the built site: each ready-made pack and the planner's pack
 * carry the safety section (what stays private, after a disclosure, distress, the support contacts,
 * a co-facilitator briefing, ground rules for mixed-power rooms), with a line to write in each
 * session contact the settings leave unset, and support numbers only from the settings' one list.
 * The sign-in sheet asks for no access needs, points to the private form, and has a row for each
 * person the session is planned for; the expenses claim has a line for payment for time and points
 * to the payment policy template, with no rate; the cover says how many copies to print.
 * (The planner's pack, filled in by its script, is checked in tests/e2e/planner.spec.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settings } from '../../src/settings';
import { supportContacts } from '../../src/lib/support-contacts';
import { dist, handoutList, mainText, pageHtml, root } from '../support/dist';

const packs = handoutList().filter((h) => h.kind === 'session-pack' && !h.largePrint).map((h) => h.route.replace(/^\//, ''));
const planPack = 'sessions/planner/pack/';
/** The group size a path states, read from its file as an editor writes it. */
const groupSize = (route: string) => {
	const id = route.split('/').at(-2)!;
	const found = readFileSync(join(root, 'content', 'paths', `${id}.md`), 'utf8').match(/^groupSize: (\d+)$/m);
	return found ? Number(found[1]) : undefined;
};
/** The HTML of the part with this id, up to the next part. */
const part = (html: string, id: string) => {
	const start = html.indexOf(`id="${id}"`);
	expect(start, id).toBeGreaterThan(-1);
	const end = html.indexOf('class="pack-part', start + 10);
	const sheet = html.indexOf('class="sheet"', start + 10);
	return html.slice(start, Math.min(...[end, sheet, html.length].filter((i) => i > -1)));
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ');

it('checks every ready-made session pack', () => {
	expect(packs).toEqual(expect.arrayContaining(['print/sessions/induction-day/', 'print/sessions/world-cafe-on-the-four-roles/']));
	expect(packs.length).toBe(3);
});

describe.each([...packs, planPack])('%s', (route) => {
	const html = pageHtml(route);
	const safety = part(html, 'pack-safety');
	const safetyText = text(safety);

	it('has the safety section, listed in its contents', () => {
		// The planner's contents list is written by its script, so tests/e2e/planner.spec.ts checks that one.
		if (route !== planPack) expect(html).toContain('href="#pack-safety"');
		for (const heading of ['What stays private, and when it cannot', 'If someone tells you about harm', 'If someone becomes upset', 'Support and crisis contacts', 'Brief your co-facilitator', 'Ground rules when power is mixed in the room']) {
			expect(safetyText, heading).toContain(heading);
		}
		expect(safetyText).toContain('Do not promise to keep it secret');
	});

	it('prints a line to write in for each session contact the settings leave unset', () => {
		const unset = (['safeguardingLead', 'localSupportLine', 'paymentContact'] as const).filter((key) => !(key in settings.sessionContacts));
		const label = { safeguardingLead: 'safeguarding lead', localSupportLine: 'local support line', paymentContact: 'payment contact' };
		for (const key of unset) expect(safety, key).toContain(`<span class="write-in"><span class="write-in-label">${label[key]}</span></span>`);
		expect(safety).not.toContain('class="template-field"');
	});

	it('lists every support contact with who it serves, and no phone number that is not on the one list', () => {
		for (const contact of supportContacts) {
			expect(safetyText, contact.name).toContain(`${contact.name}:`);
			expect(safetyText, contact.name).toContain(`Who it is for: ${contact.serves}.`);
			if (contact.phone) expect(safetyText, contact.name).toContain(contact.phone.number);
		}
		const listed = new Set(supportContacts.flatMap((c) => (c.phone ? [c.phone.number] : [])));
		// The emergency number is the note of a listed contact (NHS 111: "In an emergency, call 999.").
		listed.add('999');
		const numbers = [...safetyText.matchAll(/(?<![\d-])\d{3}(?: ?\d{3,4})*(?![\d-])/g)].map((m) => m[0]);
		expect(numbers.length).toBeGreaterThan(1);
		for (const n of numbers) expect(listed.has(n), n).toBe(true);
	});

	it('has a sign-in sheet with a row for each person and no access needs column, pointing to the private form', () => {
		const sheet = part(html, 'sign-in');
		const group = route === planPack ? undefined : groupSize(route);
		const rows = Number(sheet.match(/data-sign-in-rows="(\d+)"/)?.[1]);
		expect(rows).toBe(group ?? 12);
		expect(sheet.match(/<th scope="row"/g)?.length).toBe(rows);
		expect(sheet.match(/<th scope="col"/g)?.length).toBe(4);
		expect(text(sheet)).not.toMatch(/Access needs you want/);
		expect(sheet).toContain('href="/templates/how-i-take-part-best/"');
	});

	it('has a line for payment for time on the expenses claim, pointing to the payment policy, with no rate', () => {
		const sheet = part(html, 'expenses');
		expect(text(sheet)).toContain('Payment for your time');
		expect(text(sheet)).toContain('Hours you gave');
		expect(sheet).toContain('href="/templates/payment-and-recognition-policy/"');
		expect(text(sheet)).not.toMatch(/£|\$|€|per hour/);
	});
});

describe.each(packs)('%s: what to copy', (route) => {
	it('counts copies from the session’s group size, one sign-in sheet for the room', () => {
		const group = groupSize(route);
		const main = mainText(route);
		expect(group, route).toBeDefined();
		expect(main).toContain(`Expenses claim: print ${group}`);
		expect(main).toContain('Sign-in sheet: print 1');
		expect(main).toMatch(new RegExp(`Participant handout: .+: print ${group}`));
	});
});

it('the safety guide is its own page and handout, linked from the sessions index and each session', () => {
	expect(pageHtml('templates/safety-in-the-room/')).toContain('Safety in the room');
	expect(handoutList().some((h) => h.route === '/print/templates/safety-in-the-room/')).toBe(true);
	expect(pageHtml('sessions/')).toContain('href="/templates/safety-in-the-room/"');
	expect(pageHtml('sessions/induction-day/')).toContain('href="/templates/safety-in-the-room/"');
	expect(pageHtml('print/templates/safety-in-the-room/')).toContain('class="write-in"');
});

it('the invitation and joining instructions is a page, a handout with A4 and Letter PDFs and a Word file, sent with the private form', () => {
	const id = 'invitation-and-joining-instructions';
	const handout = handoutList().find((h) => h.route === `/print/templates/${id}/`);
	expect(handout?.pdfs.map((p) => p.file)).toEqual([`handouts/template-${id}-a4.pdf`, `handouts/template-${id}-letter.pdf`]);
	expect(existsSync(join(dist, 'handouts', `template-${id}.docx`))).toBe(true);
	for (const page of [`templates/${id}/`, `print/templates/${id}/`]) {
		const html = pageHtml(page);
		expect(html, page).toContain('href="/templates/how-i-take-part-best/"');
		expect(html, page).toContain('How I take part best');
	}
	expect(pageHtml(`templates/${id}/`)).toContain('<span class="template-field">[payment contact]</span>');
});
