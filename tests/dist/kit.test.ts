/**
 * The printable kit on the built site: every module's card set (activity, role-play and question
 * cards) is a handout in regular and large print with A4 and US Letter PDFs, listed at /handouts/;
 * no card is split across two pages of any of its PDFs; the two participation ladders and "Before
 * you say yes" each print on one A4 page; the organisations' page links the ladders and lists the
 * session sheets apart; each ready-made session lists the card sets it prints.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { dist, handoutList, mainText, pageHtml, root } from '../support/dist';
import { readPdf } from '../support/pdf';

const { content } = loadContentFromDisk(`${root}content`, root);
const handouts = handoutList();
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of each page of a PDF, as pdf.js reads it (tests/support/pdf.ts). */
const pdfPages = async (file: string) => (await readPdf(file)).pages;

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
const text = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join(''));
const hasClass = (node: Node, name: string) => node.attrs?.some((a) => a.name === 'class' && a.value.split(/\s+/).includes(name)) ?? false;
const all = (node: Node, test: (n: Node) => boolean): Node[] => [...(test(node) ? [node] : []), ...(node.childNodes ?? []).flatMap((child) => all(child, test))];
const lastText = (node: Node): string => all(node, (n) => n.nodeName === '#text' && normalise(n.value!) !== '').map((n) => normalise(n.value!)).at(-1) ?? '';

/** Each card of a built card set: its label ("Activity 3 of 10") and the last words it prints. */
function cardsOf(route: string): { label: string; end: string }[] {
	const tree = parse(pageHtml(route)) as unknown as Node;
	return all(tree, (n) => n.nodeName === 'li' && hasClass(n, 'cut-card')).map((card) => ({
		label: normalise(text(all(card, (n) => hasClass(n, 'card-label'))[0])),
		end: lastText(card).slice(-40),
	}));
}

const cardSets = handouts.filter((h) => h.kind === 'cards');

describe('card sets', () => {
	it('exist for every module, in regular and large print, each with an A4 and a US Letter PDF, listed at /handouts/', () => {
		const listed = pageHtml('handouts/');
		const problems: string[] = [];
		for (const m of content.modules)
			for (const large of [false, true]) {
				const route = `/print/${large ? 'large/' : ''}modules/${m.id}/cards/`;
				const set = cardSets.find((h) => h.route === route);
				if (!set) {
					problems.push(`${route}: no card set`);
					continue;
				}
				for (const size of ['a4', 'letter']) {
					const pdf = set.pdfs.find((p) => p.size === size);
					if (!pdf || !existsSync(join(dist, pdf.file))) problems.push(`${route}: no ${size} PDF`);
				}
				if (!listed.includes(`href="${route}"`)) problems.push(`${route}: not listed at /handouts/`);
			}
		expect(problems).toEqual([]);
	});

	it('give each part of a role-play its own card, labelled fictional', () => {
		const text = mainText('print/modules/challenging-professionals-with-confidence/cards/');
		for (const part of ['You play: Alex', 'You play: The project lead', 'You play: The watcher']) expect(text).toContain(part);
		expect(text).toContain('A fictional example: the people and the scene are made up.');
		expect(text).toMatch(/Role-play 1 of \d+ \(fictional\)/);
	});

	it('never split a card across two pages of a PDF', { timeout: 300_000 }, async () => {
		const problems: string[] = [];
		for (const set of cardSets) {
			const cards = cardsOf(set.route);
			if (!cards.length) problems.push(`${set.route}: no cards`);
			for (const pdf of set.pdfs) {
				const pages = await pdfPages(pdf.file);
				for (const card of cards) {
					const on = pages.findIndex((page) => page.includes(`${card.label} `));
					if (on < 0) problems.push(`${pdf.file}: “${card.label}” is on no page`);
					else if (!pages[on].includes(card.end)) problems.push(`${pdf.file}: “${card.label}” starts on page ${on + 1}, but its end (“${card.end}”) is not on that page`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('one-page sheets', () => {
	it.each([
		['the two participation ladders', 'briefs/participation-ladders'],
		['Before you say yes', 'templates/before-you-say-yes'],
	])('%s print on one A4 page', async (_name, under) => {
		const handout = handouts.find((h) => h.route === `/print/${under}/`)!;
		expect(handout, under).toBeDefined();
		const a4 = handout.pdfs.find((p) => p.size === 'a4')!;
		expect((await pdfPages(a4.file)).length, a4.file).toBe(1);
	});

	it('the ladders also come in large print, with both PDFs, for participants', () => {
		const large = handouts.find((h) => h.route === '/print/large/briefs/participation-ladders/');
		expect(large?.pdfs.map((p) => existsSync(join(dist, p.file)))).toEqual([true, true]);
	});

	it('credit TLAP and Arnstein on the ladders, on paper and on the page', async () => {
		const [page] = await pdfPages(handouts.find((h) => h.route === '/print/briefs/participation-ladders/')!.pdfs[0].file);
		const onSite = mainText('participation-ladders/');
		for (const text of [page, onSite]) {
			expect(text).toContain('Think Local Act Personal (TLAP)');
			expect(text).toContain('National Co-production Advisory Group');
			expect(text).toContain('Arnstein published her ladder in 1969');
		}
	});
});

describe('where the kit is linked', () => {
	it('the organisations’ page links the ladders, and lists the session sheets apart from the templates', () => {
		const html = pageHtml('organisations/');
		expect(html).toContain('href="/participation-ladders/"');
		const sheets = html.slice(html.indexOf('For sessions: sheets to print'));
		const templates = html.slice(html.indexOf('>Templates to adapt<'), html.indexOf('For sessions: sheets to print'));
		for (const id of ['group-agreement', 'before-you-say-yes', 'world-cafe-table-signs']) {
			expect(sheets, id).toContain(`href="/templates/${id}/"`);
			expect(templates, id).not.toContain(`href="/templates/${id}/"`);
		}
	});

	it('the ladders’ page links its handout, and the handout leads back to the page, not to the organisations’ page', () => {
		expect(pageHtml('participation-ladders/')).toContain('href="/print/briefs/participation-ladders/"');
		const back = pageHtml('print/briefs/participation-ladders/');
		expect(back).toContain('href="/participation-ladders/"');
		expect(back).not.toContain('href="/organisations/"');
	});

	it('the modules that teach the ladders link the one-page summary', () => {
		for (const id of ['recognising-tokenism', 'what-co-production-is']) expect(pageHtml(`modules/${id}/`), id).toContain('href="/participation-ladders/"');
	});

	it('each ready-made session lists the card sets of its modules, and the role-play cards where it runs a role-play that has them', () => {
		for (const path of content.paths.filter((p) => p.data!.format === 'group')) {
			const html = pageHtml(`sessions/${path.id}/`);
			const modules = path.data!.steps.flatMap((s) => ('module' in s ? [s.module] : []));
			for (const id of new Set(modules)) expect(html, `${path.id}: ${id}`).toContain(`href="/print/modules/${id}/cards/"`);
		}
	});
});
