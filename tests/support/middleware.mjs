// Routes the test server adds to the files it serves. Each is a koa middleware.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { commandLineTools } from './cli-middleware.mjs';
import { openPglite } from '../../server/database.mjs';
import { createReceiver } from '../../server/receiver.mjs';
import { createStore } from '../../server/store.mjs';
import { sqlRoutes } from './sql-routes.mjs';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Serves the project's read-only reference material (../shared) under /__shared/, so tests can compare against it. */
async function sharedReference(context, next) {
  const match = /^\/__shared\/([\w./-]+)$/.exec(context.path);
  if (!match || match[1].includes('..')) return next();
  try {
    context.body = await readFile(shared + match[1], 'utf8');
    context.type = 'text/plain; charset=utf-8';
  } catch {
    context.status = 404;
    context.body = `../shared/${match[1]} is missing: the reference material must sit beside the project`;
  }
}

/** The token the test receivers want for their reading routes (tests/support/delivery.ts sends it). */
export const TEST_RECEIVER_TOKEN = 'test-operator-token';

const recorded = new Map();

/**
 * Records the headers the server really receives: `/__record/<probe>/<path>` logs the request, then serves
 * `/<path>` as if asked directly (a file, a receiver route); `GET /__record/<probe>` lists what was logged.
 */
async function recordRequests(context, next) {
  const match = /^\/__record\/([\w-]+)(\/.*)?$/.exec(context.path);
  if (!match) return next();
  const [, probe, rest] = match;
  if (!recorded.has(probe)) recorded.set(probe, []);
  if (rest === undefined) {
    context.body = recorded.get(probe);
    return;
  }
  recorded.get(probe).push({ method: context.method, path: rest, headers: { ...context.headers } });
  context.url = rest + (context.querystring ? `?${context.querystring}` : '');
  return next();
}

const receivers = new Map();
/** One PGlite in memory for every test receiver, opened once before the tests start (see testReceiversPlugin). */
let database;

/**
 * Mounts reference receivers at /__receivers/<name>/…, one per name, created on first use: each test names its
 * own, and each has a schema of its own in the database, so tests never share stored responses or scripted faults.
 */
async function testReceivers(context, next) {
  const match = /^\/__receivers\/([\w-]+)(\/[\w/]*)$/.exec(context.path);
  if (!match) return next();
  if (!receivers.has(match[1])) {
    const store = createStore(database, { schema: `receiver_${match[1]}`, log: { error: console.error } });
    receivers.set(match[1], createReceiver({ store, token: TEST_RECEIVER_TOKEN, scriptable: true }));
  }
  const receiver = await receivers.get(match[1]);
  // The receiver answers on the raw response; koa's own status (404 until set) would otherwise be logged.
  context.respond = false;
  context.status = 200;
  if (!(await receiver.handle(context.req, context.res, match[2]))) {
    context.res.writeHead(404, { 'Content-Type': 'text/plain' });
    context.res.end(`No receiver route ${context.method} ${match[2]}`);
  }
}

const project = fileURLToPath(new URL('../../', import.meta.url));

/** Serves a source file's raw text (the dev server would transform it) under /__source/, for tests that read JSDoc. */
async function rawSource(context, next) {
  const match = /^\/__source\/(src\/[\w./-]+\.ts)$/.exec(context.path);
  if (!match || match[1].includes('..')) return next();
  context.body = await readFile(project + match[1], 'utf8');
  context.type = 'text/plain; charset=utf-8';
}

/** Opens the test receivers' database when the test server starts (opening PGlite takes seconds) and closes it. */
export function testReceiversPlugin() {
  return {
    name: 'sipas-test-receivers',
    async serverStart() {
      database = await openPglite();
    },
    async serverStop() {
      await database?.close();
    },
  };
}

export const testMiddleware = [recordRequests, sharedReference, testReceivers, rawSource, commandLineTools, sqlRoutes];
