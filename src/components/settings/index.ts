/**
 * Tags that MDX pages in content/pages can use to print a site setting, e.g. <PublisherEmail />.
 * Passed to <Content components={…}> so authors need no imports.
 */
import CiteThisSite from './CiteThisSite.astro';
import Licences from './Licences.astro';
import PublisherEmail from './PublisherEmail.astro';
import PublisherName from './PublisherName.astro';
import ReplyDays from './ReplyDays.astro';
import SiteAddress from './SiteAddress.astro';
import Standard from './Standard.astro';

export const settingComponents = { CiteThisSite, Licences, PublisherEmail, PublisherName, ReplyDays, SiteAddress, Standard };
