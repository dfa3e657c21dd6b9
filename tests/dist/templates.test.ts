/**
 * Every template's Word document the build wrote opens (read with fflate as the zip it is), with
 * its title and the same fill-in fields as its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { dist, handoutList, pageHtml } from '../support/dist';

const templates = handoutList().filter((h) => h.kind === 'template' && !h.largePrint);
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

test('there are templates to check, most with fields to fill in', () => {
	expect(templates.length).toBeGreaterThan(3);
	// Table signs have nothing to fill in; a policy or a role description does.
	const withFields = templates.filter((t) => pageHtml(`/templates/${t.route.split('/').at(-2)}/`).includes('class="template-field"'));
	expect(withFields.length).toBeGreaterThan(templates.length / 2);
});

test.each(templates.map((t) => [t.route.split('/').at(-2)!, t] as const))('%s: its Word document opens, with its title and its page’s fields', (id, template) => {
	const file = join(dist, 'handouts', `template-${id}.docx`);
	const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);
	const text = unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
	expect(text, file).toContain(template.title);
	const fields = new Set([...pageHtml(`/templates/${id}/`).matchAll(/class="template-field"[^>]*>([^<]+)</g)].map((m) => unescape(m[1])));
	for (const field of fields) expect(text, `${file}: ${field}`).toContain(field);
});
