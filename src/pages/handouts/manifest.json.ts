/** The list of handouts for scripts/make-pdfs.mjs, built from the same list as the pages. */
import { handouts } from '../../lib/content';
import { pdfManifest } from '../../lib/handouts';

export const GET = () => new Response(JSON.stringify(pdfManifest(handouts, import.meta.env.BASE_URL.replace(/\/?$/, '/')), null, '\t'));
