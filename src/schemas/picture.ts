/**
 * The site's one picture set: OpenMoji (https://openmoji.org, CC BY-SA 4.0), installed from npm
 * as the `openmoji` package and drawn inline at build time by src/lib/pictures.ts, never fetched
 * from another site. Only the pictures named here are used; content names them by these words.
 *
 * Chosen because its pictures are concrete, drawn in one consistent flat style with a black
 * outline (so they read at small sizes and on paper), cover people, places, money and feelings,
 * and come from a maintained open-source project whose licence allows reuse with credit.
 * To add one: find its hexcode in node_modules/openmoji/data/openmoji.json (field `annotation`)
 * and add a line here; the build fails if the file is not in the package.
 */
import { z } from 'astro/zod';

/** Picture name → OpenMoji hexcode (the SVG's file name in openmoji/color/svg/). */
export const pictureCodes = {
	house: '1F3E0',
	handshake: '1F91D',
	'light-bulb': '1F4A1',
	megaphone: '1F4E3',
	'speech-balloon': '1F4AC',
	'raising-hand': '1F64B',
	coin: '1FA99',
	'money-bag': '1F4B0',
	bus: '1F68C',
	calendar: '1F4C5',
	clipboard: '1F4CB',
	pencil: '270F',
	'writing-hand': '270D',
	heart: '2764',
	'thumbs-up': '1F44D',
	'stop-sign': '1F6D1',
	ear: '1F442',
	books: '1F4DA',
	'people-hugging': '1FAC2',
	bed: '1F6CF',
	tea: '2615',
	telephone: '1F4DE',
	question: '2753',
	tick: '2705',
	'no-entry': '26D4',
	seedling: '1F331',
	chair: '1FA91',
	'open-book': '1F4D6',
	memo: '1F4DD',
	walking: '1F6B6',
	tools: '1F6E0',
	compass: '1F9ED',
	'speaking-head': '1F5E3',
	shield: '1F6E1',
	warning: '26A0',
	'bar-chart': '1F4CA',
	'puzzle-piece': '1F9E9',
	star: '2B50',
	'holding-hands': '1F9D1-200D-1F91D-200D-1F9D1',
	ticket: '1F3AB',
	receipt: '1F9FE',
	'flag-in-hole': '26F3',
	key: '1F511',
	sun: '2600',
	hospital: '1F3E5',
	'office-building': '1F3E2',
	eyes: '1F440',
	'thinking-face': '1F914',
	'smiling-face': '263A',
	'credit-card': '1F4B3',
	'raised-hand': '270B',
	'busts-in-silhouette': '1F465',
	envelope: '2709',
	'mobile-phone': '1F4F1',
	laptop: '1F4BB',
	door: '1F6AA',
	'wheelchair-symbol': '267F',
	'flexed-biceps': '1F4AA',
	'heart-hands': '1FAF6',
	ladder: '1FA9C',
	pen: '1F58A',
	'open-hands': '1F450',
	'alarm-clock': '23F0',
	'index-pointing-up': '261D',
	'sleeping-face': '1F634',
	'balance-scale': '2696',
} as const;

export type PictureName = keyof typeof pictureCodes;
export const pictureNames = Object.keys(pictureCodes) as [PictureName, ...PictureName[]];

export const pictureNameSchema = z.enum(pictureNames, {
	error: (issue) => `must be one of the site's pictures (src/schemas/picture.ts), not ${JSON.stringify(issue.input)}`,
});
