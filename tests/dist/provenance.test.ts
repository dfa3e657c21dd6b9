/**
 * Reading pages end in "Where this comes from", not in author lists and DOIs: each role, skill,
 * challenge, guide, module and path page has the one section, its full citations folded into a
 * <details> (open without JavaScript; print.css opens it on paper, tests/e2e/print.spec.ts) whose
 * summary names the sources, each source cited once. Read from the built pages as files.
 */
import { expect, test } from 'vitest';
import { t } from '../../src/i18n';
import { join } from 'node:path';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { routes } from '../../src/lib/routes';
import { pageHtml, root } from '../support/dist';

const { content } = loadContentFromDisk(join(root, 'content'), root);
const kinds = [
	[routes.role, content.roles],
	[routes.skill, content.skills],
	[routes.challenge, content.challenges],
	[routes.guide, content.guides],
	[routes.module, content.modules],
	[routes.path, content.paths],
] as const;
const reading = kinds.flatMap(([route, entries]) => entries.map((entry) => `/${route.path(entry.id)}`));

test('there are reading pages of every kind to check', () => {
	for (const [route, entries] of kinds) expect(entries.length, route.path('…')).toBeGreaterThan(0);
});

test.each(reading)('%s ends in "Where this comes from", its citations folded, each once', (path) => {
	const html = pageHtml(path);
	const sections = html.match(/<section aria-labelledby="provenance"[\s\S]*?<\/section>/g) ?? [];
	expect(sections, 'one "Where this comes from" section').toHaveLength(1);
	const section = sections[0] ?? '';
	expect(section).toContain(`<h2 id="provenance" class="mt-0 text-lg">${t('provenance.title')}</h2><details><summary>`);
	expect(section, 'folded on screen: the page does not open it').not.toMatch(/<details[^>]* open/);
	const cited = [...section.matchAll(/<li>([^<]+)/g)].map((m) => m[1]);
	expect(cited.length, 'cites at least one source').toBeGreaterThan(0);
	expect(cited, 'each source once').toEqual([...new Set(cited)]);
	expect(html.replace(section, ''), 'no DOI outside the folded citations').not.toMatch(/doi:10\./);
});
