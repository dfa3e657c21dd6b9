/** A module's times in words ("On your own: 45 minutes · In a group: 1 hour"), for cards and pages. */
import { t, time } from '../i18n';
import type { ModuleFormat } from '../schemas/module';

export function moduleTimes(format: ModuleFormat, separator = ' · '): string {
	return [
		format.selfStudy !== undefined && t('module.selfStudy', { time: time.duration(format.selfStudy) }),
		format.group !== undefined && t('module.group', { time: time.duration(format.group) }),
	]
		.filter(Boolean)
		.join(separator);
}
