/** The handouts' printed footer with page numbers (src/lib/page-numbers.ts). */
import { t } from '../../i18n';
import { pageNumbersCss } from '../../lib/page-numbers';
import { settings } from '../../settings';

export const GET = () => new Response(pageNumbersCss(t('handout.footer'), settings.title), { headers: { 'Content-Type': 'text/css' } });
