/**
 * Templates as documents (src/lib/templates.ts): fields found and filled, one document per role
 * where asked, the role's own parts carried in; and the Word file made from a document holds its
 * title, its fields in brackets and its notes (src/lib/template-docx.ts), read back with fflate.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templateDocx, type DocxLabels } from '../../src/lib/template-docx';
import { fieldsIn, fillPublisher, partsOf, templateDocIds, templateDocs, type Publisher, type RoleContext } from '../../src/lib/templates';
import { templateSchema } from '../../src/schemas/template';
import { snapshot } from '../support/fixtures';

const fixtures = snapshot();
const context: RoleContext = {
	roles: new Map(fixtures.roles.map((r) => [r.id, r])),
	skills: new Map(fixtures.skills.map((s) => [s.id, s])),
	challenges: new Map(fixtures.challenges.map((c) => [c.id, c])),
	order: fixtures.roles,
	coreLabel: 'core',
};
const example: Publisher = { name: 'Example Trust', email: 'partners@example.nhs.uk', ownDetails: false };
const own: Publisher = { ...example, ownDetails: true };
const lastReviewed = '2026-12-03';
const sources = [{ source: 'miller-2023' }];
const policy = {
	id: 'policy',
	data: templateSchema.parse({
		title: 'Payment policy',
		summary: 'A policy to adapt, with fields to fill in and notes on what to decide.',
		howToUse: ['Agree it with partners.'],
		opening: ['[Organisation name] pays partners for their time.'],
		sections: [
			{ heading: 'How fast we pay', text: ['We pay within [number] working days.'], decide: ['Pick a time you can keep.'] },
			{ heading: 'Questions', items: ['Write to [contact email] or [contact name].'], checklist: true },
		],
		order: 1,
		sources,
		lastReviewed,
	}),
};
const role = {
	id: 'role-description',
	data: templateSchema.parse({
		title: 'Role description',
		summary: 'A role description to adapt for each of the roles, with its skills.',
		howToUse: ['Adapt it.'],
		forEachRole: true,
		sections: [
			{ heading: 'What the role involves', fromRole: 'involves', items: ['[Tasks of your own project]'] },
			{ heading: 'Skills', fromRole: 'skills' },
		],
		order: 2,
		sources,
		lastReviewed,
	}),
};
const labels: DocxLabels = { madeBy: 'A template to adapt.', decide: 'Note: what to decide', box: '☐', howToUse: 'How to use this template' };

describe('fields', () => {
	it('splits text into words and fields', () => {
		expect(partsOf('Pay within [number] days, by [date].')).toEqual([
			{ text: 'Pay within ', field: false },
			{ text: 'number', field: true },
			{ text: ' days, by ', field: false },
			{ text: 'date', field: true },
			{ text: '.', field: false },
		]);
		expect(fieldsIn(['[a] and [b]', '[a] again'])).toEqual(['a', 'b']);
	});

	it('fills the publisher\'s fields only once the publisher has set their own details', () => {
		expect(fillPublisher('[Organisation name] at [contact email], [number]', example)).toBe('[Organisation name] at [contact email], [number]');
		expect(fillPublisher('[Organisation name] at [contact email], [number]', own)).toBe('Example Trust at partners@example.nhs.uk, [number]');
	});
});

describe('template documents', () => {
	it('makes one document per template, or one per role, with the role\'s parts first', () => {
		expect(templateDocIds([policy, role], fixtures.roles)).toEqual(['policy', ...fixtures.roles.map((r) => `role-description-${r.id}`)]);
		const docs = templateDocs([policy, role], context, example);
		expect(docs.map((d) => d.id)).toEqual(templateDocIds([policy, role], fixtures.roles));
		const first = docs[1];
		const r = fixtures.roles[0];
		expect(first.title).toBe(`Role description: ${r.data.title}`);
		expect(first.sections[0].items).toEqual([...r.data.involves.map((item) => item.text), '[Tasks of your own project]']);
		expect(first.sections[1].items).toHaveLength(r.data.skills.length);
		expect(docs[0].fields).toEqual(['Organisation name', 'number', 'contact email', 'contact name']);
		expect(templateDocs([policy], context, own)[0].fields).toEqual(['number', 'contact name']);
	});

	it('writes a Word document that holds the title, every field in brackets and the notes', async () => {
		const [doc] = templateDocs([policy], context, example);
		const files = unzipSync(new Uint8Array(await templateDocx(doc, labels, 'Example Trust')));
		const xml = strFromU8(files['word/document.xml']);
		const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
		expect(text).toContain('Payment policy');
		for (const field of doc.fields) expect(text).toContain(`[${field}]`);
		expect(text).toContain('Note: what to decide: Pick a time you can keep.');
		expect(strFromU8(files['docProps/core.xml'])).toContain('<dc:title>Payment policy</dc:title>');
	});
});

describe('templates used with others', () => {
	it('link the other templates by title, and a missing one fails naming the file, the field and the id', () => {
		const invitation = { id: 'invitation', data: templateSchema.parse({ ...policy.data, title: 'Invitation', useWith: ['policy'] }) };
		const docs = templateDocs([policy, invitation], context, example);
		expect(docs[1].useWith).toEqual([{ id: 'policy', title: 'Payment policy' }]);
		expect(docs[0].useWith).toEqual([]);
		const broken = { id: 'invitation', data: templateSchema.parse({ ...policy.data, useWith: ['role-description'] }) };
		expect(() => templateDocs([role, broken], context, example)).toThrow('content/templates/invitation.md: useWith[0] = "role-description"');
	});
});
