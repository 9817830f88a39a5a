// Routes the test server adds to the files it serves. Each is a koa middleware.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

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

export const testMiddleware = [sharedReference];
