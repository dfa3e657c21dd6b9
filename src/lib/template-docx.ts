/**
 * A template document as an editable Word file (.docx), made at build time with the `docx`
 * package from the same TemplateDoc the page and the handout show (src/lib/templates.ts).
 *
 * Fields to fill in keep their square brackets and are highlighted, so they are easy to find and
 * replace in any word processor; the notes on what to decide come after each section in italics,
 * marked as notes, so whoever adapts it can delete them once decided.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { t } from '../i18n';
import { settings } from '../settings';
import { partsOf, type TemplateDoc } from './templates';

export interface DocxLabels {
	/** The line under the title: where it comes from and its licence. */
	madeBy: string;
	/** Before the notes on what to decide: "Note: what to decide". */
	decide: string;
	/** A box to tick in a checklist. */
	box: string;
	/** How to use it, before the document's own text. */
	howToUse: string;
}

/** The labels from the dictionary. */
export function docxLabels(): DocxLabels {
	return {
		madeBy: t('template.madeBy', { site: settings.title, licence: settings.licences.content.short }),
		decide: t('template.decide'),
		box: t('template.box'),
		howToUse: t('template.howToUse'),
	};
}

/** A paragraph's runs: words as they are, fields in brackets and highlighted. */
function runs(text: string, italics = false): ParagraphChild[] {
	return partsOf(text).map((part) =>
		part.field ? new TextRun({ text: `[${part.text}]`, highlight: 'yellow', bold: true, italics }) : new TextRun({ text: part.text, italics }),
	);
}

const note = (labels: DocxLabels, text: string) =>
	new Paragraph({ children: [new TextRun({ text: `${labels.decide}: `, bold: true, italics: true }), ...runs(text, true)], indent: { left: 360 } });

export function templateDocument(doc: TemplateDoc, labels: DocxLabels, creator: string): Document {
	const children: Paragraph[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) }),
		new Paragraph({ children: [new TextRun({ text: labels.madeBy, italics: true })] }),
		new Paragraph({ heading: HeadingLevel.HEADING_2, text: labels.howToUse }),
		...doc.howToUse.map((text) => new Paragraph({ children: runs(text, true) })),
		...doc.opening.map((text) => new Paragraph({ children: runs(text) })),
	];
	for (const section of doc.sections) {
		children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(section.heading) }));
		for (const text of section.text) children.push(new Paragraph({ children: runs(text) }));
		for (const item of section.items)
			children.push(
				section.checklist
					? new Paragraph({ children: [new TextRun({ text: `${labels.box} ` }), ...runs(item)], indent: { left: 360, hanging: 360 } })
					: new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
			);
		for (const text of section.decide) children.push(note(labels, text));
	}
	return new Document({
		creator,
		title: doc.title,
		description: doc.summary,
		styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
		sections: [{ children }],
	});
}

/** The .docx file's bytes. */
export function templateDocx(doc: TemplateDoc, labels: DocxLabels, creator: string): Promise<ArrayBuffer> {
	return Packer.toArrayBuffer(templateDocument(doc, labels, creator));
}
