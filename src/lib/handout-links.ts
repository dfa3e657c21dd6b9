/**
 * The markup of a handout's PDF links, inside markers (src/lib/pdf-markers.ts) that
 * scripts/make-pdfs.mjs opens once the PDFs exist, filling in each one's page count and size.
 */
import { t } from '../i18n';
import { handoutsFolder, paperSizes, pdfName, type Handout } from './handouts';
import { pdfMarker, pdfPlaceholders } from './pdf-markers';
import { href } from './urls';

export function pdfLinkMarkers(handout: Handout): string {
	const details = t('handout.pdfDetails', { pages: pdfPlaceholders.pages, size: pdfPlaceholders.size });
	return paperSizes
		.map((size) => {
			const name = pdfName(handout, size);
			const link = `<a href="${href(`${handoutsFolder}/${name}`)}" download>${t(`handout.pdf.${size}`)}</a>`;
			return pdfMarker(name, `<span class="pdf-link">${link} <span class="meta">(${details})</span></span>`);
		})
		.join(' ');
}
