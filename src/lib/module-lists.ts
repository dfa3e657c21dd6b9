/** The pre-built module lists (one per audience, one per role) that stand in for filters without JavaScript. */
import { t } from '../i18n';
import { audiences } from '../schemas/shared';
import { modules, related, roles } from './content';
import { facetsOf, matches } from './module-filters';
import { routes } from './routes';
import { href } from './urls';

const none = { audiences: [], roles: [], formats: [], lengths: [] };

export const moduleLists = {
	byAudience: audiences.map((audience) => ({
		key: audience,
		href: href(routes.modulesByAudience.path(audience)),
		title: t('modules.forAudience', { audience: t(`audience.${audience}`) }),
		lead: t('modules.lead'),
		modules: modules.filter((m) => matches(facetsOf(m.data), { ...none, audiences: [audience] })),
	})),
	byRole: roles.map((role) => ({
		key: role.id,
		href: href(routes.modulesByRole.path(role.id)),
		title: t('modules.forRole', { role: role.data.title.toLowerCase() }),
		lead: role.data.summary,
		modules: related.modulesByRole.get(role.id) ?? [],
	})),
};
