/**
 * Where the content lives: `content/` unless CONTENT_DIR says otherwise. Tests point it at broken
 * fixtures to prove the build fails, and the benchmark at a generated site in a temporary folder.
 */
import { isAbsolute, join } from 'node:path';

export function contentDir(): string {
	const dir = process.env.CONTENT_DIR ?? 'content';
	return isAbsolute(dir) ? dir : join(process.cwd(), dir);
}
