/** A module's times in words ("On your own: 45 minutes · In a group: 1 hour"), for cards and pages. */
import { t } from '../i18n';
import type { ModuleFormat } from '../schemas/module';
import { formatMinutes } from './format';

export function moduleTimes(format: ModuleFormat, separator = ' · '): string {
	return [
		format.selfStudy !== undefined && t('module.selfStudy', { time: formatMinutes(format.selfStudy) }),
		format.group !== undefined && t('module.group', { time: formatMinutes(format.group) }),
	]
		.filter(Boolean)
		.join(separator);
}
