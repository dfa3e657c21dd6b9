/**
 * The landing page for professionals, managers, commissioners and funders, derived once: the
 * Monday brief, the professional paths with their times, the professional modules shortest first,
 * and the template documents.
 */
import type { ModuleFormat } from '../schemas/module';
import { byId, handouts, modules, paths, templateDocuments } from './content';
import { pathMetaById } from './path-meta';
import { findHandout } from './handouts';

/** A module's shortest way of taking it, in minutes. */
export function shortestMinutes(format: ModuleFormat): number {
	return Math.min(format.selfStudy ?? Infinity, format.group ?? Infinity);
}

/** Entries with a format, shortest first; ties keep their order. */
export function shortestFirst<T extends { data: { format: ModuleFormat } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => shortestMinutes(a.data.format) - shortestMinutes(b.data.format));
}

const briefId = 'monday-brief';
const brief = byId.briefs.get(briefId);
if (!brief) throw new Error(`content/briefs/${briefId}.md is missing: the organisations' landing page is built around it.`);

const professional = paths.filter((p) => p.data.audiences.includes('professional'));

export const organisations = {
	brief,
	briefHandout: findHandout(handouts, 'brief', briefId)!,
	paths: professional,
	/** Each path's format, module count and total time, as the paths index shows them (all are for professionals). */
	pathMeta: pathMetaById(professional, { audiences: false }),
	modules: shortestFirst(modules.filter((m) => m.data.audiences.includes('professional'))),
	templates: templateDocuments,
};
