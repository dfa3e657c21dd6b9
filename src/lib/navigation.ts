/** The site's sections, in menu order: the main navigation and the search page's "browse" list share it. */
import type { UIKey } from '../i18n/en';
import { routes } from './routes';

export const sections: { key: UIKey; path: string }[] = [
	{ key: 'nav.roles', path: routes.roles.path() },
	// Beside the roles: the question most readers arrive with (issue 15: it could not be found).
	{ key: 'nav.reflection', path: routes.reflection.path() },
	{ key: 'nav.skills', path: routes.skills.path() },
	{ key: 'nav.challenges', path: routes.challenges.path() },
	{ key: 'nav.guides', path: routes.guides.path() },
	{ key: 'nav.modules', path: routes.modules.path() },
	{ key: 'nav.paths', path: routes.paths.path() },
	{ key: 'nav.sessions', path: routes.sessions.path() },
	{ key: 'nav.glossary', path: routes.glossary.path() },
	{ key: 'nav.easyRead', path: routes.easyReadIndex.path() },
];
