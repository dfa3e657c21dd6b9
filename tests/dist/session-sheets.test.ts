/**
 * The sheets the induction and the World Café need, on the built site: each is a printable handout
 * with an A4 and a US Letter PDF in the manifest (and on disk once the PDFs are made), listed at
 * /handouts/, and linked from its session's path. The World Café's facilitator version carries its
 * table plan, and the built induction timetable reads 10:00 to 13:00.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, handoutList, mainText, pageHtml } from '../support/dist';

const sheets = {
	'induction-day': ['group-agreement', 'role-outline', 'how-i-take-part-best', 'before-you-say-yes'],
	'world-cafe-on-the-four-roles': ['world-cafe-table-signs', 'world-cafe-host-brief'],
};
const handouts = handoutList();
const pdfsMade = existsSync(join(dist, 'handouts', 'template-before-you-say-yes-a4.pdf'));

describe.each(Object.entries(sheets))('the sheets for %s', (session, ids) => {
	it.each(ids)('%s is a handout with A4 and Letter PDFs, listed at /handouts/ and linked from the path', (id) => {
		const handout = handouts.find((h) => h.route === `/print/templates/${id}/`);
		expect(handout, id).toBeDefined();
		expect(handout!.pdfs.map((p) => p.file)).toEqual([`handouts/template-${id}-a4.pdf`, `handouts/template-${id}-letter.pdf`]);
		if (pdfsMade) for (const pdf of handout!.pdfs) expect(existsSync(join(dist, pdf.file)), pdf.file).toBe(true);
		expect(pageHtml('handouts/')).toContain(`href="/print/templates/${id}/"`);
		expect(pageHtml(`paths/${session}/`)).toContain(`href="/templates/${id}/"`);
	});
});

describe('the built session pages', () => {
	it('time the induction from 10:00 to 13:00, 3 hours in all', () => {
		const html = pageHtml('sessions/induction-day/');
		expect(html).toMatch(/data-session-end[^>]*><time datetime="13:00">13:00<\/time>/);
		expect(html).toMatch(/data-session-total[^>]*>3 hours</);
	});

	it('show the harvest question on the World Café room view’s harvest slide', () => {
		const html = pageHtml('sessions/world-cafe-on-the-four-roles/room/');
		const harvest = html.slice(html.indexOf('Whole-group harvest'));
		expect(harvest.slice(0, harvest.indexOf('</section>'))).toContain('The harvest question: Looking across all four roles');
	});

	it('show the World Café table plan for 10, 15, 20 and 30 people in the facilitator version', () => {
		const text = mainText('print/modules/running-a-world-cafe-on-the-four-roles/facilitator/');
		expect(text).toContain('The café laid out for 10, 15, 20, 30 people');
		// Cells run together in the text: 30 people, 6 tables of 5, 6 hosts, 24 who move.
		expect(text).toContain('306 (5, 5, 5, 5, 5, 5)624');
	});
});
