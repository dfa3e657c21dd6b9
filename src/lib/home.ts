/**
 * What the home page routes people to, worked out once from the content so the page only renders:
 * the short path to offer someone new (and its first module), and the "If this has happened to you"
 * entry points, each a few pages chosen by id. An id that no longer exists fails the build, naming
 * this file, the entry point and the id, so a renamed page cannot leave a dead link on the home page.
 */
import type { PictureName } from '../schemas/picture';
import type { SupportTopic } from '../schemas/support-contact';
import { byId, paths, pathSessions, type Entry } from './content';
import { routes } from './routes';
import { contactsByTopic } from './support-contacts';
import { entryHref, href } from './urls';

/**
 * The path to offer someone with lived experience who is new: taken alone, for them, with nothing
 * to do first, and the shortest such path (the first in path order on a tie). Its first module is
 * what the home page leads to, so nobody is sent to hours of reading in one go.
 */
export function shortStartPath(list: readonly Entry<'paths'>[] = paths, minutes = (p: Entry<'paths'>) => pathSessions.get(p.id)!.totalMinutes) {
	const fits = list.filter((p) => p.data.format === 'self-study' && p.data.audiences.includes('lived-experience') && p.data.prerequisites.length === 0);
	const path = fits.reduce<Entry<'paths'> | undefined>((best, p) => (!best || minutes(p) < minutes(best) ? p : best), undefined);
	if (!path) throw new Error('src/lib/home.ts: no self-study path for lived-experience without prerequisites to offer on the home page');
	const steps = path.data.steps.flatMap((step) => ('module' in step ? [step.module] : []));
	const first = byId.modules.get(steps[0])!;
	return { path, minutes: minutes(path), modules: steps.length, first, firstMinutes: first.data.format.selfStudy ?? first.data.format.group! };
}

/** The situations the home page meets people in, in the order it lists them. */
export const situations = ['ignored', 'money', 'worn', 'new'] as const;
export type Situation = (typeof situations)[number];

/**
 * Each situation's picture (decorative: the heading beside it says it), the same as the Easy Read
 * page on that subject where there is one, so a picture means one thing across the site.
 */
export const situationPictures: Record<Situation, PictureName> = { ignored: 'ear', money: 'coin', worn: 'heart', new: 'door' };

type Target = { collection: 'challenges' | 'modules' | 'guides'; id: string } | { help: SupportTopic };

/** The pages for each situation: what names the problem first, then what to do about it, then who to ask. */
const targets: Record<Situation, Target[]> = {
	ignored: [
		{ collection: 'challenges', id: 'tokenism' },
		{ collection: 'challenges', id: 'voices-not-heard' },
		{ collection: 'challenges', id: 'lived-expertise-treated-as-lesser' },
	],
	money: [
		{ collection: 'challenges', id: 'costs-of-taking-part' },
		{ collection: 'modules', id: 'the-practicalities' },
		{ help: 'benefits' },
		{ help: 'carers' },
	],
	worn: [
		{ collection: 'modules', id: 'looking-after-yourself-and-finding-peers' },
		{ collection: 'challenges', id: 'loneliness-on-a-long-campaign' },
		{ help: 'talk' },
	],
	new: [
		{ collection: 'modules', id: 'the-practicalities' },
		{ collection: 'challenges', id: 'invited-once-the-focus-is-set' },
		{ collection: 'guides', id: 'co-production' },
	],
};

/** A link on the home page: an entry's own title, or a help topic (the page names it from the dictionary). */
export type EntryLink = { kind: 'entry'; title: string; href: string } | { kind: 'help'; topic: SupportTopic; href: string };

/** Each situation with its links; a help topic with no contacts in settings is left out. */
export function entryPoints(): { situation: Situation; links: EntryLink[] }[] {
	const topics = new Set(contactsByTopic().map((group) => group.topic));
	return situations.map((situation) => ({
		situation,
		links: targets[situation].flatMap((target): EntryLink[] => {
			if ('help' in target) return topics.has(target.help) ? [{ kind: 'help', topic: target.help, href: `${href(routes.help.path())}#${target.help}` }] : [];
			const entry = byId[target.collection].get(target.id);
			if (!entry) throw new Error(`src/lib/home.ts entry point "${situation}": no ${target.collection} entry "${target.id}"`);
			return [{ kind: 'entry', title: entry.data.title, href: entryHref(target.collection, target.id) }];
		}),
	}));
}
