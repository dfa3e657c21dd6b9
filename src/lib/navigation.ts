/** The site's sections, in menu order: the main navigation and the search page's "browse" list share it. */
import type { UIKey } from '../i18n/en';

export const sections: { key: UIKey; path: string }[] = [
	{ key: 'nav.roles', path: 'roles/' },
	{ key: 'nav.skills', path: 'skills/' },
	{ key: 'nav.challenges', path: 'challenges/' },
	{ key: 'nav.guides', path: 'guides/' },
	{ key: 'nav.modules', path: 'modules/' },
	{ key: 'nav.paths', path: 'paths/' },
	{ key: 'nav.sessions', path: 'sessions/' },
	{ key: 'nav.glossary', path: 'glossary/' },
];
