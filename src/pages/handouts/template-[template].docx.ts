/** Each template document as an editable Word file, made at build time from the same source as its page. */
import type { APIRoute } from 'astro';
import { templateDocuments } from '../../lib/content';
import { routes } from '../../lib/routes';
import { docxLabels, templateDocx } from '../../lib/template-docx';
import type { TemplateDoc } from '../../lib/templates';
import { settings } from '../../settings';

export const getStaticPaths = () => templateDocuments.map((doc) => ({ params: routes.templateDocx.params(doc.id), props: { doc } }));

export const GET: APIRoute<{ doc: TemplateDoc }> = async ({ props }) =>
	new Response(await templateDocx(props.doc, docxLabels(), settings.publisher.name), {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	});
