// The reference receiver: the HTTP routes a commune's backend needs to take responses from the widget.
//   POST /responses             one response (application/json): 201 stored, 200 already stored, 400 with the
//                               reasons, 503 when the store cannot save it now (the widget retries later)
//   POST /responses             many (application/x-ndjson, one response a line): 200 with per-line results
//   GET  /responses             every stored response as NDJSON            (operator token)
//   GET  /stats                 { count } of stored responses              (operator token)
//   GET  /results?by=&period=&min-n=   the indices computed in the database by the generated SQL, the same JSON
//                               as `sipas-score --format json`                                  (operator token)
//   GET  /counts?by=&period=&format=json|csv   the mergeable counts (docs/sql.md)               (operator token)
// Each body is validated against the package's own response schema; each responseId is stored once, by the
// database's primary key. Options add the demo's fault switch (POST /flaky) and the tests' scripted faults.
import { createHash, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { BatchTooLargeError, ingestNdjson, LIMITS } from './ingest.mjs';
import { createScoring, QueryError } from './results.mjs';
import { StoreUnavailableError } from './store.mjs';

/** How long a client should wait before sending again after a 503 (seconds); the widget honours Retry-After. */
const RETRY_AFTER_SECONDS = 5;

/** What flaky mode does to a request, drawn at random: mostly fine, sometimes a 503, a slow answer or a cut line. */
function flakyFault(random) {
  const roll = random();
  if (roll < 0.3) return { status: 503, message: 'flaky mode: the server is "restarting"' };
  if (roll < 0.45) return { delayMs: 3000 };
  if (roll < 0.6) return { drop: 'after-store' };
  return undefined;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** A request's media type, lower case and without parameters: `Application/JSON; charset=utf-8` → `application/json`. */
function mediaType(req) {
  return String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function readBody(req, limit) {
  if (Number(req.headers['content-length']) > limit) throw new HttpError(413, `the body is larger than ${limit} bytes`);
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `the body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req, limit, expected) {
  const text = await readBody(req, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, `the body is not JSON; send ${expected}`);
  }
}

/** Compares a presented token with the configured one in constant time (digests, so lengths do not leak either). */
function sameToken(presented, expected) {
  const digest = (text) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Creates a receiver over `store` (server/store.mjs). `token`: the operator's token for the reading routes (no
 * token: they are closed). `faultSwitch`: adds `POST /flaky {"on": true|false}` (the demo's "flaky backend"
 * switch, behind the token). `scriptable`: adds `POST /faults`, `DELETE /faults` and `GET /requests`, which queue (or drop) faults for the
 * next requests and list what was received (tests only). `handle(req, res, path)` serves `path` relative to where
 * the receiver is mounted and resolves to whether it is one of its routes. `definitions`: the questionnaires the
 * indices are computed for (default: the built-in ones, as sipas-score without --definition).
 */
export async function createReceiver({ store, token, definitions, faultSwitch = false, scriptable = false, random = Math.random, limits = LIMITS }) {
  const [{ checkResponse }, { scoredDefinitions }, library] = await Promise.all([
    import('../dist/schema/index.js'),
    import('../dist/definitions/index.js'),
    import('../dist/scoring/index.js'),
  ]);
  const scoring = createScoring(store, definitions ?? (await scoredDefinitions()), library);
  const requests = [];
  const faults = [];
  let flaky = false;

  /** Validates one parsed body; answers the response to store (its id in canonical lower case) or the reasons. */
  function check(value) {
    const checked = checkResponse(value);
    if (!checked.ok) return { reason: checked.problems.map((p) => `${p.path} ${p.message}`).join('; ') };
    return { response: { ...checked.response, responseId: checked.response.responseId.toLowerCase() } };
  }

  /** Whether the request carries the operator's token; answers 401/403 with the reason when it does not. */
  function authorized(req, res) {
    if (!token) {
      send(res, 403, { error: 'reading is closed: this receiver has no operator token. Start it with RECEIVER_TOKEN set, and send "Authorization: Bearer <token>".' });
      return false;
    }
    const presented = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    if (presented && sameToken(presented, token)) return true;
    send(res, 401, { error: presented ? 'the token is not the operator token' : 'send the operator token: "Authorization: Bearer <RECEIVER_TOKEN>"' }, { 'WWW-Authenticate': 'Bearer realm="sipas-receiver"' });
    return false;
  }

  function unavailable(res, error, extra = {}) {
    send(res, 503, { error: `${error.message}; nothing was lost: send it again later`, ...extra }, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
  }

  async function receiveOne(req, res) {
    const fault = faults.shift() ?? (flaky ? flakyFault(random) : undefined);
    if (scriptable) requests.push({ at: Date.now(), idempotencyKey: req.headers['idempotency-key'] ?? null, headers: req.headers, fault: fault ?? null });
    if (fault?.drop === 'before-store') return req.socket.destroy();
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status) {
      const headers = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
      return send(res, fault.status, { error: fault.message ?? `scripted ${fault.status}` }, headers);
    }
    const { response, reason } = check(await readJson(req, limits.lineBytes, 'one response as JSON'));
    if (!response) return send(res, 400, { error: `the body is not a valid sipas-survey response: ${reason}` });
    const key = req.headers['idempotency-key'];
    if (key && String(key).toLowerCase() !== response.responseId) {
      return send(res, 400, { error: 'the Idempotency-Key header differs from the responseId' });
    }
    const stored = (await store.insert([response])).has(response.responseId);
    if (fault?.drop === 'after-store') return req.socket.destroy();
    send(res, stored ? 201 : 200, { responseId: response.responseId, duplicate: !stored });
  }

  /** NDJSON, one response a line, streamed into the store; answers a summary with the rejected line numbers. */
  async function receiveBatch(req, res) {
    if (Number(req.headers['content-length']) > limits.batchBytes) {
      throw new HttpError(413, `the batch is larger than ${limits.batchBytes / 1024 / 1024} MiB; send it in smaller batches`);
    }
    try {
      send(res, 200, await ingestNdjson(req, { store, check, limits }));
    } catch (error) {
      const sent = { ...error.summary, note: 'the responses counted as accepted are stored; sending the same lines again stores only the rest' };
      // The rest of the body is not read: close the connection rather than drain it.
      res.setHeader('Connection', 'close');
      if (error instanceof StoreUnavailableError) return unavailable(res, error, sent);
      if (error instanceof BatchTooLargeError) return send(res, 413, { error: `${error.message}; send it in smaller batches`, ...sent });
      throw error;
    }
  }

  async function receive(req, res) {
    const type = mediaType(req);
    if (type === 'application/x-ndjson') return receiveBatch(req, res);
    if (type === 'application/json') return receiveOne(req, res);
    send(res, 415, { error: 'send Content-Type: application/json (one response) or application/x-ndjson (one response a line)' });
  }

  async function readAll(req, res) {
    if (!authorized(req, res)) return;
    const pages = store.pages();
    // The first page is read before answering, so a store that is down answers 503 rather than an empty 200.
    const first = await pages.next();
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
    for (let page = first; !page.done; page = await pages.next()) {
      // A reader that goes away stops the reading (no 'drain' would ever come).
      if (!res.write(page.value.map((line) => `${line}\n`).join(''))) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      if (res.destroyed) return pages.return();
    }
    res.end();
  }

  async function stats(req, res) {
    if (!authorized(req, res)) return;
    send(res, 200, { count: await store.count(), ...(faultSwitch ? { flaky } : {}) });
  }

  /** The cut options of a reading route's query; a wrong one is a 400 saying what is accepted. */
  function queryOf(req, route) {
    try {
      return scoring.query(req.url, route);
    } catch (error) {
      if (error instanceof QueryError) throw new HttpError(400, error.message);
      throw error;
    }
  }

  async function results(req, res) {
    if (!authorized(req, res)) return;
    const computed = await scoring.results(queryOf(req, 'results'));
    // Written as sipas-score --format json writes it, so the two can be compared byte for byte.
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`${JSON.stringify(computed, null, 2)}\n`);
  }

  async function counts(req, res) {
    if (!authorized(req, res)) return;
    const query = queryOf(req, 'counts');
    const rows = await scoring.counts(query);
    if (query.format === 'json') return send(res, 200, rows);
    res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8; header=present', 'Content-Disposition': 'attachment; filename="sipas-counts.csv"', 'Cache-Control': 'no-store' });
    res.end(library.countRowsToCsv(rows, query.by, query.period));
  }

  async function switchFaults(req, res) {
    if (!authorized(req, res)) return;
    const body = await readJson(req, 1024, '{"on": true} or {"on": false}');
    if (typeof body?.on !== 'boolean') throw new HttpError(400, 'send {"on": true} or {"on": false}');
    flaky = body.on;
    send(res, 200, { flaky });
  }

  async function queueFaults(req, res) {
    const body = await readJson(req, 64 * 1024, 'a JSON array of faults');
    if (!Array.isArray(body)) throw new HttpError(400, 'send a JSON array of faults');
    faults.push(...body);
    send(res, 200, { queued: faults.length });
  }

  /** The backend comes back: the faults still queued are dropped. */
  function clearFaults(req, res) {
    faults.length = 0;
    send(res, 200, { queued: 0 });
  }

  const routes = {
    '/responses': { POST: receive, GET: readAll },
    '/stats': { GET: stats },
    '/results': { GET: results },
    '/counts': { GET: counts },
    ...(faultSwitch ? { '/flaky': { POST: switchFaults } } : {}),
    ...(scriptable ? { '/faults': { POST: queueFaults, DELETE: clearFaults }, '/requests': { GET: (req, res) => send(res, 200, requests) } } : {}),
  };

  async function handle(req, res, path) {
    const methods = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!methods) return false;
    try {
      const handler = Object.hasOwn(methods, req.method) ? methods[req.method] : undefined;
      if (!handler) send(res, 405, { error: `${req.method} is not allowed here; use ${Object.keys(methods).join(' or ')}` }, { Allow: Object.keys(methods).join(', ') });
      else await handler(req, res);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else if (error instanceof StoreUnavailableError) unavailable(res, error);
      // A body refused as too large is not read to its end: close the connection rather than drain it.
      else if (error instanceof HttpError) send(res, error.status, { error: error.message }, error.status === 413 ? { Connection: 'close' } : {});
      else if (req.destroyed) res.destroy();
      else {
        console.error(`sipas receiver: ${req.method} ${path} failed:`, error);
        send(res, 500, { error: 'the receiver failed on this request; it is logged on the server' });
      }
    }
    return true;
  }

  /** Stores the responses of an NDJSON file (no size limit); resolves to the summary of a batch. */
  function importFile(file) {
    return ingestNdjson(createReadStream(file), { store, check, limits: { ...limits, batchBytes: Infinity } });
  }

  return { handle, importFile };
}
