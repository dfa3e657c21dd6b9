/**
 * Every internal address goes through here, so the site works from a subfolder (settings.base)
 * as well as from the root of a domain.
 */
import type { CollectionName } from '../schemas/shared';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** "roles/" → "/many-roles/roles/" when the site lives in /many-roles/. */
export function href(path = ''): string {
	return `${base}${path.replace(/^\//, '')}`;
}

const sections: Partial<Record<CollectionName, string>> = {
	roles: 'roles',
	skills: 'skills',
	challenges: 'challenges',
	guides: 'guides',
	modules: 'modules',
	paths: 'paths',
};

/** The address of an entry's own page. Glossary terms and sources are anchors on their pages. */
export function entryHref(collection: CollectionName, id: string): string {
	if (collection === 'glossary') return href(`glossary/#${id}`);
	if (collection === 'sources') return href(`sources/#${id}`);
	if (collection === 'pages') return href(`${id}/`);
	return href(`${sections[collection]}/${id}/`);
}

/** The full public address of a page, for print and citations. */
export function absolute(path: string, site: string | URL | undefined): string {
	return site ? new URL(path, site).href : path;
}
