/**
 * A plain static server for a built site, on a free port of 127.0.0.1: the benchmark measures and
 * the PDF script prints exactly the built files. `base` is the folder the site is built for.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.pdf': 'application/pdf' };

/** Starts the server; resolves to { server, origin }. Close it with server.close(). */
export function serveDir(dir, base = '/') {
	const server = createServer((request, response) => {
		let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
		if (path.startsWith(base)) path = `/${path.slice(base.length)}`;
		let file = join(dir, path);
		if (path.endsWith('/')) file = join(file, 'index.html');
		if (!existsSync(file) || statSync(file).isDirectory()) {
			response.writeHead(404, { 'content-type': types['.html'] });
			const notFound = join(dir, '404.html');
			return existsSync(notFound) ? createReadStream(notFound).pipe(response) : response.end('Not found');
		}
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
