/**
 * Every claim says where it comes from: each list item that makes a claim on a role, skill,
 * challenge or guide page carries a basis (the paper and its section, another source, or
 * practice), and so does each page's main text. Read from the files as written, so this fails
 * even if a schema were loosened; and every list field of those schemas must be declared a claim
 * list or, with a reason, not one, so a new list cannot slip in without a basis.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { claimLists, notClaimLists } from '../../src/schemas/basis';
import { collectionTable } from '../../src/schemas/index';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = loadContentFromDisk(`${root}content`, root);
const collections = Object.keys(claimLists) as (keyof typeof claimLists)[];

/** The array inside optional/default wrappers, if the field is a list. */
function listOf(field: z.ZodType): z.ZodArray<z.ZodType> | undefined {
	let inner: z.ZodType = field;
	while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
	return inner instanceof z.ZodArray ? (inner as z.ZodArray<z.ZodType>) : undefined;
}

describe('claims and their basis', () => {
	for (const collection of collections) {
		it(`declares every list on ${collection} pages as a claim list (with a basis) or says why not`, () => {
			const shape = (collectionTable[collection].schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
			const claims = claimLists[collection] as readonly string[];
			const exempt = Object.keys(notClaimLists[collection]);
			const lists = Object.entries(shape).flatMap(([name, field]) => {
				const list = listOf(field);
				return list ? [[name, list] as const] : [];
			});
			const undeclared = lists.filter(([name]) => !claims.includes(name) && !exempt.includes(name)).map(([name]) => name);
			expect(undeclared, 'lists neither in claimLists nor in notClaimLists (src/schemas/basis.ts)').toEqual([]);
			for (const [name, list] of lists.filter(([name]) => claims.includes(name))) {
				const item = list.element as z.ZodObject;
				expect(item.shape?.basis, `${collection}.${name} items need a basis field`).toBeDefined();
				expect(item.shape.basis.safeParse(undefined).success, `${collection}.${name}: basis must be required`).toBe(false);
			}
		});

		it(`gives every item in every claim list on ${collection} pages a basis, and every page's text one`, () => {
			const missing: string[] = [];
			for (const entry of content[collection]) {
				for (const list of claimLists[collection]) {
					const items = (entry.raw[list] ?? []) as unknown[];
					items.forEach((item, i) => {
						if (typeof item !== 'object' || item === null || !('basis' in item)) missing.push(`${entry.filePath}: ${list}[${i}] has no basis`);
					});
				}
				const body = entry.raw.bodyBasis;
				if (!Array.isArray(body) || body.length === 0) missing.push(`${entry.filePath}: bodyBasis is missing`);
			}
			expect(missing).toEqual([]);
		});
	}

	it('keeps the site\'s own advice apart from the research: some claims on these pages are practice, most role claims are the paper\'s', () => {
		const bases = collections.flatMap((c) => content[c].flatMap((e) => claimLists[c].flatMap((list) => ((e.data as Record<string, { basis: unknown }[]> | undefined)?.[list] ?? []).map((i) => ({ c, basis: i.basis })))));
		expect(bases.some((b) => b.basis === 'practice')).toBe(true);
		const roleBases = bases.filter((b) => b.c === 'roles');
		expect(roleBases.filter((b) => typeof b.basis === 'object' && b.basis !== null && 'paper' in b.basis).length).toBeGreaterThan(roleBases.length / 2);
	});
});
