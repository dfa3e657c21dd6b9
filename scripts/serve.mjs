/**
 * Serves a built site on a free port of 127.0.0.1, so the PDF maker and the benchmark load exactly
 * the built files. The files are served by sirv, a maintained static server: it serves only the
 * files it listed under `dir` when it started, so no address reaches outside that folder, and a
 * malformed address is a 404, not a crash. `base` is the folder the site is built for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** Starts the server; resolves to { server, origin }. Close it with server.close(). */
export function serveDir(dir, base = '/') {
	const files = sirv(dir, { dev: false, etag: false });
	const notFoundPage = join(dir, '404.html');
	const notFound = (response) => {
		response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
	};
	const server = createServer((request, response) => {
		if (!request.url?.startsWith(base)) return notFound(response);
		request.url = `/${request.url.slice(base.length)}`;
		files(request, response, () => notFound(response));
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
