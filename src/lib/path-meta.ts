/**
 * A path's one line in a list of paths: who it is for, how it is taken, how many modules and its
 * total time ("Professionals · In a group · 3 modules · 3 hours 5 minutes"). The paths index and
 * the organisations' landing page both show it; the landing page, whose paths are all for
 * professionals, leaves out who it is for.
 */
import { t, tn, time } from '../i18n';
import { pathSessions, type Entry } from './content';

export function pathMeta(path: Entry<'paths'>, { audiences = true }: { audiences?: boolean } = {}): string {
	const timed = pathSessions.get(path.id)!;
	return [
		...(audiences ? [path.data.audiences.map((a) => t(`audience.${a}`)).join(', ')] : []),
		t(`path.format.${path.data.format}`),
		tn('path.moduleCount', timed.modules.length),
		time.duration(timed.totalMinutes),
	].join(' · ');
}

/** `pathMeta` for each path of a list, by id, as EntryList takes it. */
export const pathMetaById = (list: readonly Entry<'paths'>[], options?: { audiences?: boolean }) => Object.fromEntries(list.map((p) => [p.id, pathMeta(p, options)]));
