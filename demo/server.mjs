// The demo portal: serves demo/ and the built dist/ from 127.0.0.1, under the strict Content-Security-Policy a
// careful portal would send, and the reference receiver under /api/ (responses kept in demo/data/responses.ndjson).
// Usage: node demo/server.mjs [--port 8080]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReceiver } from './receiver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const headers = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Maps a URL path to a file under demo/ or dist/, refusing anything outside them. */
function resolveFile(pathname) {
  const decoded = decodeURIComponent(pathname);
  const [base, rest] = decoded.startsWith('/dist/') ? ['dist', decoded.slice(6)] : ['demo', decoded.slice(1) || 'index.html'];
  const file = normalize(join(root, base, rest));
  return file.startsWith(join(root, base) + sep) ? file : undefined;
}

const receiver = await createReceiver({ dataFile: join(root, 'demo', 'data', 'responses.ndjson') });

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname.startsWith('/api/')) {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (await receiver.handle(request, response, pathname.slice(4))) return;
  }
  let file = resolveFile(pathname);
  try {
    if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    if (!file || file.endsWith('.mjs')) throw new Error('not found');
    const body = await readFile(file);
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${pathname}\n`);
  }
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use; start with PORT=8081 npm start` : error.message);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`sipas-survey demo portal: http://${host}:${port}/  (Ctrl+C stops it)`);
});
