/**
 * The one-page summary of the two participation ladders (content/briefs/participation-ladders.md):
 * its page, its handout, and the pages that link to it. A missing entry fails the build, naming
 * its file.
 */
import { byId, handouts } from './content';
import { findHandout } from './handouts';

const id = 'participation-ladders';
const brief = byId.briefs.get(id);
if (!brief) throw new Error(`content/briefs/${id}.md is missing: the page /participation-ladders/ and the organisations' landing page show it.`);

export const ladders = { brief, handout: findHandout(handouts, 'brief', id)! };
