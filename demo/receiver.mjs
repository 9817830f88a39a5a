// A reference receiver for responses: what a commune's backend must do, in a few dozen lines. It validates each
// body against the package's own response schema, stores each responseId once (the Idempotency-Key makes a repeat
// harmless), and can be made flaky to watch the widget's outbox work. Used by demo/server.mjs and by the tests.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const SINGLE_LIMIT = 256 * 1024;
const BULK_LIMIT = 50 * 1024 * 1024;

/** What flaky mode does to a request, drawn at random: mostly fine, sometimes a 503, a slow answer or a cut line. */
function flakyFault(random) {
  const roll = random();
  if (roll < 0.3) return { status: 503, message: 'flaky mode: the server is "restarting"' };
  if (roll < 0.45) return { delayMs: 3000 };
  if (roll < 0.6) return { drop: 'after-store' };
  return undefined;
}

function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error(`the body is larger than ${limit} bytes`), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Creates a receiver. `dataFile`: where accepted responses are appended as NDJSON (kept in memory only when
 * omitted). `scriptable`: adds `POST /faults`, which queues faults for the next requests (tests only).
 * `handle(req, res, path)` serves `path` relative to where the receiver is mounted and returns whether it did.
 */
export async function createReceiver({ dataFile, scriptable = false, random = Math.random } = {}) {
  const { ResponseSchema, formatSchemaIssues } = await import('../dist/schema/index.js');
  const lines = [];
  const ids = new Set();
  const requests = [];
  const faults = [];
  let flaky = false;
  let writes = Promise.resolve();

  if (dataFile) {
    const existing = await readFile(dataFile, 'utf8').catch(() => '');
    for (const line of existing.split('\n').filter(Boolean)) {
      lines.push(line);
      ids.add(JSON.parse(line).responseId);
    }
  }

  /** Validates one parsed body; returns a readable reason when it is not a response. */
  function check(value) {
    const parsed = ResponseSchema.safeParse(value);
    if (parsed.success) return { response: parsed.data };
    return { reason: formatSchemaIssues(parsed.error.issues).map((p) => `${p.path} ${p.message}`).join('; ') };
  }

  /** Stores a valid response unless its id is known; returns whether it was new. */
  function store(response) {
    if (ids.has(response.responseId)) return false;
    const line = JSON.stringify(response);
    ids.add(response.responseId);
    lines.push(line);
    if (dataFile) writes = writes.then(() => mkdir(dirname(dataFile), { recursive: true })).then(() => appendFile(dataFile, `${line}\n`));
    return true;
  }

  async function receiveOne(req, res) {
    const fault = faults.shift() ?? (flaky ? flakyFault(random) : undefined);
    requests.push({ at: Date.now(), idempotencyKey: req.headers['idempotency-key'] ?? null, headers: req.headers, fault: fault ?? null });
    if (fault?.drop === 'before-store') return req.socket.destroy();
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status) {
      const headers = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
      return send(res, fault.status, { error: fault.message ?? `scripted ${fault.status}` }, headers);
    }
    let value;
    try {
      value = JSON.parse(await readBody(req, SINGLE_LIMIT));
    } catch (error) {
      return send(res, error.status ?? 400, { error: error.status ? error.message : 'the body is not JSON' });
    }
    const { response, reason } = check(value);
    if (!response) return send(res, 400, { error: `the body is not a valid sipas-survey response: ${reason}` });
    if (req.headers['idempotency-key'] && req.headers['idempotency-key'] !== response.responseId) {
      return send(res, 400, { error: 'the Idempotency-Key header differs from the responseId' });
    }
    const stored = store(response);
    await writes;
    if (fault?.drop === 'after-store') return req.socket.destroy();
    send(res, stored ? 201 : 200, { responseId: response.responseId, duplicate: !stored });
  }

  /** NDJSON, one response a line: each validated and stored once; answers a summary. */
  async function receiveBulk(req, res) {
    const summary = { accepted: 0, duplicates: 0, rejected: [] };
    const body = await readBody(req, BULK_LIMIT);
    body.split('\n').forEach((text, index) => {
      if (!text.trim()) return;
      let value;
      try {
        value = JSON.parse(text);
      } catch {
        summary.rejected.push({ line: index + 1, reason: 'not JSON' });
        return;
      }
      const { response, reason } = check(value);
      if (!response) summary.rejected.push({ line: index + 1, reason });
      else if (store(response)) summary.accepted += 1;
      else summary.duplicates += 1;
    });
    await writes;
    send(res, 200, summary);
  }

  async function handle(req, res, path) {
    const route = `${req.method} ${path}`;
    try {
      if (route === 'POST /responses') {
        const type = String(req.headers['content-type'] ?? '');
        if (type.startsWith('application/x-ndjson')) await receiveBulk(req, res);
        else if (type.startsWith('application/json')) await receiveOne(req, res);
        else send(res, 415, { error: 'send application/json (one response) or application/x-ndjson (many)' });
      } else if (route === 'GET /responses') {
        send(res, 200, lines.map((line) => `${line}\n`).join(''), { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
      } else if (route === 'GET /stats') {
        send(res, 200, { count: lines.length, flaky });
      } else if (route === 'POST /flaky') {
        flaky = Boolean(JSON.parse((await readBody(req, 1024)) || '{}').on);
        send(res, 200, { flaky });
      } else if (scriptable && route === 'POST /faults') {
        faults.push(...JSON.parse(await readBody(req, 64 * 1024)));
        send(res, 200, { queued: faults.length });
      } else if (scriptable && route === 'GET /requests') {
        send(res, 200, requests);
      } else {
        return false;
      }
    } catch (error) {
      if (!res.headersSent) send(res, error.status ?? 500, { error: error.message });
    }
    return true;
  }

  return { handle };
}
