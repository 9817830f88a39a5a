// Routes the test server adds to the files it serves. Each is a koa middleware.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sipasScoreCli } from './cli-middleware.mjs';
import { createReceiver } from '../../demo/receiver.mjs';

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

const receivers = new Map();

/**
 * Mounts reference receivers at /__receivers/<name>/…, one per name, created on first use: each test names its
 * own, so test files running side by side never share stored responses or scripted faults (POST …/faults).
 */
async function testReceivers(context, next) {
  const match = /^\/__receivers\/([\w-]+)(\/[\w/]*)$/.exec(context.path);
  if (!match) return next();
  if (!receivers.has(match[1])) receivers.set(match[1], createReceiver({ scriptable: true }));
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

export const testMiddleware = [sharedReference, testReceivers, rawSource, sipasScoreCli];
