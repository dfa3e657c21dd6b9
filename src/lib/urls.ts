/**
 * Every internal address goes through here, so the site works from a subfolder (settings.base)
 * as well as from the root of a domain.
 */
import type { CollectionName } from '../schemas/shared';
import { routes, type Route } from './routes';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** "roles/" → "/many-roles/roles/" when the site lives in /many-roles/. Take paths from the route table (src/lib/routes.ts). */
export function href(path = ''): string {
	return `${base}${path.replace(/^\//, '')}`;
}

/** The route of each collection's own pages: glossary terms and sources are anchors on their pages. */
const entryRoutes = {
	roles: routes.role,
	skills: routes.skill,
	challenges: routes.challenge,
	guides: routes.guide,
	modules: routes.module,
	paths: routes.path,
	pages: routes.page,
	templates: routes.template,
	easyRead: routes.easyRead,
} satisfies Partial<Record<CollectionName, Route<[string]>>>;

/** The address of an entry's own page. Glossary terms and sources are anchors on their pages. */
export function entryHref(collection: CollectionName, id: string): string {
	if (collection === 'glossary') return href(`${routes.glossary.path()}#${id}`);
	if (collection === 'sources') return href(`${routes.sources.path()}#${id}`);
	// The one brief is the first part of the organisations' landing page.
	if (collection === 'briefs') return href(routes.organisations.path());
	// Hard words have no page: each is explained in the Easy Read point that uses it.
	if (collection === 'hardWords') return href(routes.easyReadIndex.path());
	return href(entryRoutes[collection].path(id));
}

/** The full public address of a page, for print and citations. */
export function absolute(path: string, site: string | URL | undefined): string {
	return site ? new URL(path, site).href : path;
}
