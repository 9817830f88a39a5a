// Starting the receiver as an HTTP server: its configuration from the environment, its database and store, the
// receiver mounted under /api/, and a clean stop. Used by server/main.mjs (the receiver alone, as a commune runs
// it) and by demo/server.mjs (the same receiver beside the demo pages).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './database.mjs';
import { createReceiver } from './receiver.mjs';
import { createStore } from './store.mjs';

/** Where PGlite keeps its files when neither SIPAS_DATA_DIR nor DATABASE_URL says otherwise. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/pglite', import.meta.url));

/** Headers on every answer: nothing runs, frames or leaks the referrer. Pages served beside it may add their own. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The receiver's settings from environment variables (documented in docs/backend.md). */
export function configFromEnv(env = process.env) {
  const port = Number(env.PORT || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0–65535), not "${env.PORT}"`);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    token: env.RECEIVER_TOKEN || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.SIPAS_DATA_DIR || DEFAULT_DATA_DIR,
  };
}

/** Where the responses are kept, for the start-up message (never the password of a DATABASE_URL). */
function describeStore({ databaseUrl, dataDir }) {
  if (!databaseUrl) return `PGlite in ${dataDir}`;
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

/**
 * Opens the store and serves the receiver under /api/ on `config.host`:`config.port`. `pages(req, res, path)` may
 * serve other paths (the demo's pages) and resolves to whether it did. `database` (an open one, e.g. shared by
 * tests), `store` (createStore's options) and `receiver` (createReceiver's options) are for tests and the demo.
 * The server starts even when the database cannot be opened now: the receiver then answers 503 (the widget keeps
 * the responses and retries) and opens it on a later request. Resolves to `{ server, store, receiver, url, stop() }`.
 */
export async function startReceiverServer(config, { database, store: storeOptions, receiver: receiverOptions, pages, log = console } = {}) {
  const ownDatabase = !database;
  database ??= await openDatabase(config);
  const store = createStore(database, { log, ...storeOptions });
  const receiver = await createReceiver({ store, token: config.token, ...receiverOptions });
  if (ownDatabase) log.info(`sipas receiver: responses kept in ${describeStore(config)}`);
  await store.ready().catch(() => {
    // Reported by the store; requests answer 503 and try again.
  });

  const server = createServer(async (req, res) => {
    try {
      // The raw path: the receiver's routes need no decoding, and a malformed escape (GET /%) must not throw here.
      const path = String(req.url ?? '/').split('?', 1)[0];
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      if (path.startsWith('/api/') && (await receiver.handle(req, res, path.slice(4)))) return;
      if (pages && (await pages(req, res, path))) return;
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    } catch (error) {
      log.error(`sipas receiver: ${req.method} ${req.url} failed:`, error);
      if (res.headersSent) res.destroy();
      else {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('The server failed on this request; it is logged.\n');
      }
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address();
  const stop = async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    if (ownDatabase) await database.close();
  };
  return { server, store, receiver, url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`, stop };
}

/** Stops cleanly on Ctrl+C or a service manager's TERM, so the database closes its files properly. */
export function stopOnSignals(stop) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}
