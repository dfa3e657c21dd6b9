/** The support contacts in settings (src/lib/support-contacts.ts) and the content's links to the help page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settings } from '../../src/settings';
import { contactsByTopic, parseContacts, supportContacts, telHref } from '../../src/lib/support-contacts';

const contentDir = join(import.meta.dirname, '../../content');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

describe('support contacts', () => {
	it('every contact in settings has a name, what it is for, who it serves, a phone or web address, and where it was checked', () => {
		expect(supportContacts.length).toBe(settings.supportContacts.length);
		for (const c of supportContacts) {
			expect(c.name.length, c.name).toBeGreaterThan(1);
			expect(c.for.length, c.name).toBeGreaterThan(9);
			expect(c.serves, c.name).toMatch(/UK|England|Scotland|Wales|Ireland/);
			expect(c.phone ?? c.web, c.name).toBeTruthy();
			expect(c.source.length, c.name).toBeGreaterThan(4);
			expect(c.checked, c.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('has only the phone numbers checked in the domain brief', () => {
		const numbers = supportContacts.flatMap((c) => (c.phone ? [c.phone.number] : []));
		expect(numbers.every((n) => ['116 123', '111'].includes(n))).toBe(true);
		expect(telHref('116 123')).toBe('tel:116123');
	});

	it('fails naming the entry and the field', () => {
		const bad = [{ ...settings.supportContacts[0] }, { name: 'Advice line', topic: 'benefits', for: 'Advice about money.', serves: 'People in England', web: 'http://example.org', source: 'A check', checked: '2026-11-26' }] as never;
		expect(() => parseContacts(bad)).toThrow(/supportContacts\[1\] \(Advice line\) web:/);
		expect(() => parseContacts([{ name: 'No way to reach it', topic: 'talk', for: 'Someone to talk to.', serves: 'People in Wales', source: 'A check', checked: '2026-11-26' }])).toThrow(/phone number or a web address/);
	});

	it('every content link to a help topic points at a section the help page has', () => {
		const topics = new Set(contactsByTopic().map((g) => g.topic));
		const links = files(contentDir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\]\(\/help\/(#[\w-]*)?\)/g)].map((m) => ({ file, anchor: m[1] })));
		expect(links.length).toBeGreaterThan(0);
		for (const { file, anchor } of links) if (anchor) expect(topics.has(anchor.slice(1) as never), `${file}: /help/${anchor}`).toBe(true);
	});
});
