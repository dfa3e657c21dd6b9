/**
 * Templates to adapt, as documents: the one shape that a template's page, its printable handout
 * and its Word file (src/lib/template-docx.ts) are all drawn from, so the three never differ.
 *
 * A template entry makes one document, or one per role when it says `forEachRole` (a role
 * description for each of the four roles, with the role's own parts filled in from the role's
 * entry). Fill-in fields are written in square brackets in the content, "[name of the group]";
 * the ones that belong to the publisher ("[organisation name]") are filled from src/settings.ts
 * when the publisher has set their own details, and left as fields while they are the example ones.
 *
 * Plain TypeScript over entries parsed through the schemas: the unit and content tests call it
 * without Astro.
 */
import type { RoleData } from '../schemas/role';
import type { SkillData } from '../schemas/skill';
import type { ChallengeData } from '../schemas/challenge';
import type { RolePart, TemplateData } from '../schemas/template';

interface Entry<T> {
	id: string;
	data: T;
}

/** A run of a template's text: words as written, or a field to fill in (without its brackets). */
export type Part = { text: string; field: false } | { text: string; field: true };

export interface DocSection {
	heading: string;
	text: string[];
	items: string[];
	checklist: boolean;
	decide: string[];
}

/** One template document: what the page, the handout and the .docx all show. */
export interface TemplateDoc {
	/** Its address and file name: the entry's id, or "<entry id>-<role id>". */
	id: string;
	/** The template entry it comes from. */
	templateId: string;
	/** The role it is written for, for a template made per role. */
	roleId?: string;
	title: string;
	summary: string;
	howToUse: string[];
	opening: string[];
	sections: DocSection[];
	/** Every field left to fill in, in order of first use, without brackets. */
	fields: string[];
	/** Print fields as lines to write on (the handout and the packs); the page and Word file keep them. */
	writeIn: boolean;
	/** Templates to use with this one, with their titles, for links. */
	useWith: { id: string; title: string }[];
	/** Prints on one side of A4 (the template's `onePage`). */
	onePage: boolean;
	/** A sheet a ready-made session prints (the template's `forSessions`). */
	forSessions: boolean;
	lastReviewed: Date;
	sources: TemplateData['sources'];
}

/** Fields that are the publisher's, and the value each takes from the settings. */
export interface Publisher {
	name: string;
	email: string;
	/** False while the settings hold the example details: then the fields stay to be filled in. */
	ownDetails: boolean;
	/**
	 * Fields the publisher has set in the settings one by one (the session contacts: "safeguarding
	 * lead"…), by lower-case field name: filled whenever present, since each is set on purpose.
	 */
	set?: Readonly<Partial<Record<string, string>>>;
	/** The support contacts as lines of text, for sections that list them (`supportContacts: true`). */
	contacts?: readonly string[];
}
export const publisherFields = {
	'organisation name': (p: Publisher) => p.name,
	'contact email': (p: Publisher) => p.email,
} as const satisfies Record<string, (p: Publisher) => string>;

const fieldPattern = /\[([^\][]+)\]/g;

/** "Pay within [number] days" → words and fields, in order. */
export function partsOf(text: string): Part[] {
	const parts: Part[] = [];
	let last = 0;
	for (const match of text.matchAll(fieldPattern)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index), field: false });
		parts.push({ text: match[1], field: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), field: false });
	return parts;
}

/**
 * Fills the publisher's fields: one set in the settings on its own (a session contact) always, the
 * name and email once the publisher has set their own details. Any other field stays to fill in.
 */
export function fillPublisher(text: string, publisher: Publisher): string {
	return text.replace(fieldPattern, (whole, name: string) => {
		const key = name.toLowerCase();
		const set = publisher.set && Object.hasOwn(publisher.set, key) ? publisher.set[key] : undefined;
		if (set !== undefined) return set;
		if (!publisher.ownDetails || !Object.hasOwn(publisherFields, key)) return whole;
		return publisherFields[key as keyof typeof publisherFields](publisher);
	});
}

/** The fields in some texts, each once, in order of first use. */
export function fieldsIn(texts: readonly string[]): string[] {
	return [...new Set(texts.flatMap((text) => partsOf(text).flatMap((p) => (p.field ? [p.text] : []))))];
}

export interface RoleContext {
	roles: ReadonlyMap<string, Entry<RoleData>>;
	skills: ReadonlyMap<string, Entry<SkillData>>;
	challenges: ReadonlyMap<string, Entry<ChallengeData>>;
	/** The roles in their order, for templates made per role. */
	order: readonly Entry<RoleData>[];
	/** Words for the core skills ("core"), from the dictionary. */
	coreLabel: string;
}

/** A role's part as list items: what it involves, its skills (core marked), what can be hard, what the organisation can do. */
function rolePart(part: RolePart, role: Entry<RoleData>, context: RoleContext): string[] {
	const d = role.data;
	switch (part) {
		case 'involves':
			return d.involves.map((item) => item.text);
		case 'skills':
			return d.skills.flatMap(({ skill, emphasis }) => {
				const s = context.skills.get(skill);
				return s ? [emphasis === 'core' ? `${s.data.title} (${context.coreLabel})` : s.data.title] : [];
			});
		case 'challenges':
			return d.challenges.flatMap((id) => {
				const c = context.challenges.get(id);
				return c ? [`${c.data.title}: ${c.data.summary}`] : [];
			});
		case 'support':
			return d.whatHelps.filter((h) => h.who === 'organisation').map((h) => h.text);
	}
}

/** The document ids a set of template entries makes: for the route table and the integrity check. */
export function templateDocIds(templates: readonly Entry<Pick<TemplateData, 'forEachRole'>>[], roles: readonly { id: string }[]): string[] {
	return templates.flatMap((t) => (t.data.forEachRole ? roles.map((r) => `${t.id}-${r.id}`) : [t.id]));
}

/** Every document the template entries make, in their order, with the publisher's fields filled. */
export function templateDocs(templates: readonly Entry<TemplateData>[], context: RoleContext, publisher: Publisher): TemplateDoc[] {
	const single = new Map(templates.filter((t) => !t.data.forEachRole).map((t) => [t.id, t.data.title]));
	return templates.flatMap((template) => {
		const d = template.data;
		const useWith = d.useWith.map((id, i) => {
			const title = single.get(id);
			if (title === undefined || id === template.id) throw new Error(`content/templates/${template.id}.md: useWith[${i}] = "${id}": no other template made once has that id`);
			return { id, title };
		});
		const make = (role?: Entry<RoleData>): TemplateDoc => {
			const fill = (text: string) => fillPublisher(text, publisher);
			const sections = d.sections.map((s) => ({
				heading: s.heading,
				text: s.text.map(fill),
				items: [...(role && s.fromRole ? rolePart(s.fromRole, role, context) : []), ...(s.supportContacts ? (publisher.contacts ?? []) : []), ...s.items].map(fill),
				checklist: s.checklist,
				decide: s.decide,
			}));
			const opening = d.opening.map(fill);
			return {
				id: role ? `${template.id}-${role.id}` : template.id,
				templateId: template.id,
				roleId: role?.id,
				title: role ? `${d.title}: ${role.data.title}` : d.title,
				summary: d.summary,
				howToUse: d.howToUse,
				opening,
				sections,
				fields: fieldsIn([...opening, ...sections.flatMap((s) => [...s.text, ...s.items])]),
				writeIn: d.writeIn,
				useWith,
				onePage: d.onePage,
				forSessions: d.forSessions,
				lastReviewed: d.lastReviewed,
				sources: d.sources,
			};
		};
		return d.forEachRole ? context.order.map((role) => make(role)) : [make()];
	});
}
