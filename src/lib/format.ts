/** Small formatting helpers shared by pages and handouts. */

// Made once: building a formatter costs far more than using one, and every page prints a date
// (measured with `npm run bench`: a fresh formatter per call was 3% of a 1,000-module build).
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "26 November 2026", the way British readers write dates. */
export function formatDate(date: Date): string {
	return dateFormat.format(date);
}

/** "2026-11-26", for <time datetime>. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** A list of words joined the way people say it: "a, b and c". */
export function joinWords(words: readonly string[]): string {
	return listFormat.format(words);
}
