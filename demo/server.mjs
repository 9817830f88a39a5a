// The demo portal: serves demo/ and the built dist/ from 127.0.0.1, under the strict Content-Security-Policy a
// careful portal would send, and the reference receiver (server/) under /api/ with the demo's "flaky backend"
// switch. Reading routes need the operator token: RECEIVER_TOKEN, or one made up at start, printed, and handed to
// the demo's own pages in a <meta> of the HTML (same origin; never in a URL).
// Usage: node demo/server.mjs [--port 8080]
import { randomBytes } from 'node:crypto';
import { access, readFile, rename, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv, startReceiverServer, stopOnSignals } from '../server/start.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the demo's receiver kept responses before it stored them in a database; imported once at start. */
const legacyStore = join(root, 'demo', 'data', 'responses.ndjson');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Maps a URL path to a file under demo/ or dist/, refusing anything outside them, server code and stored data. */
function resolveFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const [base, rest] = decoded.startsWith('/dist/') ? ['dist', decoded.slice(6)] : ['demo', decoded.slice(1) || 'index.html'];
  const folder = join(root, base) + sep;
  const file = normalize(join(folder, rest));
  if (!file.startsWith(folder) || file.startsWith(join(root, 'demo', 'data') + sep) || file.endsWith('.mjs')) return undefined;
  return file;
}

const portArg = process.argv.indexOf('--port');
const config = configFromEnv(portArg > 0 ? { ...process.env, PORT: process.argv[portArg + 1] } : process.env);
const madeUpToken = !config.token;
config.token ??= randomBytes(24).toString('base64url');
const tokenMeta = `<meta name="sipas-receiver-token" content="${config.token.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}">`;

/** Serves the demo's files; HTML pages get the token so they can read the receiver's stats and responses. */
async function pages(req, res, path) {
  let file = resolveFile(path);
  try {
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) throw new Error('not found');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    if (extname(file) === '.html') body = body.toString('utf8').replace('<head>', `<head>\n    ${tokenMeta}`);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  }
  return true;
}

let started;
try {
  started = await startReceiverServer(config, { receiver: { faultSwitch: true }, pages });
} catch (error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} is in use; start with PORT=8081 npm start` : error.message);
  process.exit(1);
}
stopOnSignals(started.stop);
if (madeUpToken) console.log(`Operator token for this run (reading /api/responses, /api/stats, /api/results and /api/counts): ${config.token}`);
console.log(`sipas-survey demo portal: ${started.url}/  (Ctrl+C stops it)`);

if (await access(legacyStore).then(() => true, () => false)) {
  try {
    const summary = await started.receiver.importFile(legacyStore);
    await rename(legacyStore, `${legacyStore}.imported`);
    console.log(`Imported ${legacyStore}: ${summary.accepted} new, ${summary.duplicates} already stored, ${summary.rejectedCount} damaged lines kept out (renamed to responses.ndjson.imported)`);
    for (const { line, reason } of summary.rejected) console.log(`  line ${line}: ${reason}`);
  } catch (error) {
    console.error(`Import of ${legacyStore} stopped (${error.message}); it is tried again at the next start`);
  }
}
