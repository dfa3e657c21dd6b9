/**
 * Draws the site's pictures (OpenMoji, src/schemas/picture.ts) as inline SVG at build time, from
 * the `openmoji` package in node_modules: nothing is copied by hand and nothing is fetched.
 *
 * OpenMoji's files carry layer ids (`id="emoji"`, `id="color"`…), empty layers and stroke settings
 * repeated on shapes that have no stroke. Ids would clash when two pictures share a page, and the
 * rest is bytes every reader downloads, so they are removed; coordinates are rounded to 0.01 of the
 * 72-unit grid. The drawing itself is unchanged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pictureCodes, type PictureName } from '../schemas/picture';

export interface PictureSvg {
	viewBox: string;
	/** The SVG's inner markup, without ids. */
	body: string;
}

const require = createRequire(import.meta.url);
let folder: string | undefined;
/** The package's colour SVG folder, found through Node's resolver so it works from any working folder. */
function svgFolder(): string {
	folder ??= join(dirname(require.resolve('openmoji/package.json')), 'color', 'svg');
	return folder;
}

/**
 * Rounds long decimals to two places ("32.0003" → "32"). Two, not fewer: most of OpenMoji's paths
 * are relative, so each step's rounding adds up along the path. The sign is kept even for a
 * rounded zero: in "0.3093-0.0498" the minus is what separates the two numbers. A number followed
 * by another that starts with its point ("0.9999.5" is 0.9999 then .5) is left alone, or the two
 * would run together.
 */
const round = (text: string) =>
	// Path data is left as drawn: its compact forms (arc flags run together, numbers starting with a point) broke when rounded.
	text.replace(/(\sd="[^"]*")|-?\d+\.\d{3,}(?![\d.])/g, (n, path?: string) => path ?? `${n.startsWith('-') ? '-' : ''}${Math.abs(Math.round(Number(n) * 100) / 100)}`);

/** The optimisation, apart from reading the file, so it can be tested on a small SVG. */
export function optimiseSvg(svg: string): PictureSvg {
	const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 72 72';
	const inner = /<svg\b[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1] ?? '';
	let body = inner
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s(?:id|class)="[^"]*"/g, '')
		// Stroke settings on a shape without a stroke change nothing.
		.replace(/<(\w+)\b([^>]*\bstroke="none"[^>]*)>/g, (_, tag: string, attrs: string) => `<${tag}${attrs.replace(/\sstroke-(?:linecap|linejoin|miterlimit|width)="[^"]*"/g, '')}>`)
		// A miter limit only matters for mitred corners; OpenMoji draws round ones.
		.replace(/<(\w+)\b([^>]*\bstroke-linejoin="round"[^>]*)>/g, (_, tag: string, attrs: string) => `<${tag}${attrs.replace(/\sstroke-miterlimit="[^"]*"/g, '')}>`)
		.replace(/<g\s*\/>/g, '')
		.replace(/<g>\s*<\/g>/g, '')
		.replace(/"#FFFFFF"/gi, '"#fff"')
		.replace(/"#000000"/g, '"#000"')
		.replace(/>\s+</g, '><')
		.replace(/\s+/g, ' ')
		.trim();
	// Layers left without attributes group nothing: drop them when every group is such a layer.
	// With no group left to pass a stroke or fill down, `stroke="none"` and `fill="#000"` say what SVG does anyway.
	if (!/<g\s+[^>]/.test(body)) body = body.replace(/<\/?g>/g, '').replace(/\s(?:stroke="none"|fill="#000")/g, '');
	return { viewBox, body: round(body) };
}

const cache = new Map<PictureName, PictureSvg>();

/** A picture by name, optimised; fails the build naming the picture if its file is missing. */
export function pictureSvg(name: PictureName): PictureSvg {
	let picture = cache.get(name);
	if (!picture) {
		const code = pictureCodes[name];
		if (!code) throw new Error(`unknown picture "${name}": add it to src/schemas/picture.ts`);
		let svg: string;
		try {
			svg = readFileSync(join(svgFolder(), `${code}.svg`), 'utf8');
		} catch {
			throw new Error(`picture "${name}" (OpenMoji ${code}) is not in node_modules/openmoji/color/svg: check the hexcode in src/schemas/picture.ts`);
		}
		cache.set(name, (picture = optimiseSvg(svg)));
	}
	return picture;
}

/** The id of a picture's <symbol> on a page that draws it more than once (PictureSprite). */
export const symbolId = (name: PictureName) => `picture-${name}`;

/** Where the pictures come from, for credits (the about page, every Easy Read page and handout). */
export const pictureSet = {
	name: 'OpenMoji',
	url: 'https://openmoji.org/',
	licence: 'CC BY-SA 4.0',
	licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;
