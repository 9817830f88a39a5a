// The receiver as a process, the way a commune and `npm start` run it: killed in the middle of a batch and
// restarted, on PGlite in a data directory and on a PostgreSQL server; and the demo server's own duties (the
// store never served as a file, the token handed to its pages and to nothing else).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../support/postgres-server.mjs';
import { call } from './http-client.mjs';
import { ndjson, sampleResponse } from './samples.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'process-test-token-0123456789';
const operator = { Authorization: `Bearer ${TOKEN}` };

/** Starts `script` with `env` (and `args`); resolves once it prints the address it listens on. */
function startProcess(script, env, args = []) {
  const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root, env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      const match = /(?:listening on|demo portal:) (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then(({ code, signal }) => reject(new Error(`${script} exited (${code ?? signal}) before listening:\n${output}`)));
  });
  return { child, url, exited, output: () => output };
}

async function stopProcess({ child, exited }) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  return exited;
}

const postBatch = (url, body) => call(url, { method: 'POST', path: '/api/responses', headers: { 'Content-Type': 'application/x-ndjson' }, body });
const count = async (url) => JSON.parse((await call(url, { path: '/api/stats', headers: operator })).text).count;

/** Kill the receiver while a batch streams in, restart it, send the whole batch twice: nothing lost or doubled. */
async function killMidBatch(env) {
  const responses = Array.from({ length: 3000 }, () => sampleResponse());
  const body = ndjson(responses);
  const first = startProcess('server/main.mjs', { RECEIVER_TOKEN: TOKEN, ...env });
  const url = await first.url;
  try {
    const cut = new Promise((resolve) => {
      const req = request(`${url}/api/responses`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson', 'Transfer-Encoding': 'chunked' } }, (res) => res.resume().on('end', resolve));
      req.on('error', resolve);
      req.write(body.slice(0, Math.floor(body.length * 0.6)));
    });
    // Kill it once part of the batch is stored and more is still coming.
    while ((await count(url)) < 500) await new Promise((resolve) => setTimeout(resolve, 50));
    first.child.kill('SIGKILL');
    assert.equal((await first.exited).signal, 'SIGKILL');
    await cut;
  } finally {
    await stopProcess(first);
  }

  const second = startProcess('server/main.mjs', { RECEIVER_TOKEN: TOKEN, ...env });
  try {
    const restarted = await second.url;
    const storedBeforeKill = await count(restarted);
    assert.ok(storedBeforeKill >= 500 && storedBeforeKill < 3000, `${storedBeforeKill} stored before the kill`);
    const again = await postBatch(restarted, body);
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(JSON.parse(again.text), { accepted: 3000 - storedBeforeKill, duplicates: storedBeforeKill, rejected: [], rejectedCount: 0 });
    const twice = JSON.parse((await postBatch(restarted, body)).text);
    assert.deepEqual([twice.accepted, twice.duplicates], [0, 3000]);
    const lines = (await call(restarted, { path: '/api/responses', headers: operator })).text.split('\n').filter(Boolean);
    assert.deepEqual(lines.map((line) => JSON.parse(line).responseId).sort(), responses.map((r) => r.responseId).sort());
    // The indices computed in the database count each response once too.
    const results = JSON.parse((await call(restarted, { path: '/api/results', headers: operator })).text);
    assert.deepEqual([results.seen, results.accepted, results.groups.map((g) => g.responses)], [3000, 3000, [3000]]);
  } finally {
    const { code } = await stopProcess(second);
    assert.equal(code, 0, `the receiver stops cleanly on SIGTERM:\n${second.output()}`);
  }
}

describe('the receiver as a process', () => {
  let postgres;
  let dir;
  before(async () => {
    postgres = await startPostgres();
    dir = await mkdtemp(join(tmpdir(), 'sipas-process-'));
  });
  after(async () => {
    await postgres?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('killed mid-batch on PGlite, restarted, sent the batch twice: nothing lost, nothing doubled', () => killMidBatch({ SIPAS_DATA_DIR: join(dir, 'pglite') }));

  it('killed mid-batch on PostgreSQL, restarted, sent the batch twice: nothing lost, nothing doubled', () => killMidBatch({ DATABASE_URL: postgres.url }));

  it('starts while PostgreSQL is unreachable, answers 503, and says where it looked (never the password)', async () => {
    const unreachable = startProcess('server/main.mjs', { RECEIVER_TOKEN: TOKEN, DATABASE_URL: 'postgres://sipas:secret-password@127.0.0.1:1/sipas' });
    try {
      const url = await unreachable.url;
      const reply = await call(url, { method: 'POST', path: '/api/responses', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(sampleResponse()) });
      assert.equal(reply.status, 503, reply.text);
      assert.match(unreachable.output(), /PostgreSQL at 127\.0\.0\.1:1\/sipas/);
      assert.doesNotMatch(unreachable.output() + reply.text, /secret-password/);
    } finally {
      await stopProcess(unreachable);
    }
  });

  it('scores a commune\'s own questionnaire given with --definition, and refuses to start on one it cannot read', async () => {
    const definition = join(root, 'demo', 'questionnaires', 'thon-phu-an.json');
    const receiver = startProcess('server/main.mjs', { RECEIVER_TOKEN: TOKEN, SIPAS_DATA_DIR: join(dir, 'definitions') }, ['--definition', definition]);
    try {
      const url = await receiver.url;
      const { parseDefinition } = await import('../../dist/model/definition.js');
      const { syntheticResponses } = await import('../../demo/synthetic.js');
      const { definition: commune } = parseDefinition(JSON.parse(await readFile(definition, 'utf8')));
      assert.equal(JSON.parse((await postBatch(url, ndjson([...syntheticResponses({ definition: commune, count: 5 })]))).text).accepted, 5);
      const results = JSON.parse((await call(url, { path: '/api/results', headers: operator })).text);
      assert.deepEqual([results.accepted, results.groups.map((g) => g.questionnaire.id)], [5, ['thon-phu-an']]);
    } finally {
      await stopProcess(receiver);
    }
    const refused = startProcess('server/main.mjs', { RECEIVER_TOKEN: TOKEN, SIPAS_DATA_DIR: join(dir, 'definitions') }, ['--definition', join(dir, 'missing.json')]);
    await assert.rejects(refused.url, /exited \(2\)/);
    assert.match(refused.output(), /--definition cannot read .*missing\.json/);
  });

  it('the demo server: pages get the token in a meta element, the store is never a file, bad paths do no harm', async () => {
    const demo = startProcess('demo/server.mjs', { RECEIVER_TOKEN: '', DATABASE_URL: postgres.url });
    try {
      const url = await demo.url;
      const token = /Operator token for this run[^:]*: (\S+)/.exec(demo.output())?.[1];
      assert.ok(token, `the made-up token is printed:\n${demo.output()}`);
      const page = await call(url, { path: '/report.html' });
      assert.equal(page.status, 200);
      assert.ok(page.text.includes(`<meta name="sipas-receiver-token" content="${token}">`));
      assert.equal((await call(url, { path: '/api/stats' })).status, 401);
      assert.equal((await call(url, { path: '/api/stats', headers: { Authorization: `Bearer ${token}` } })).status, 200);
      assert.equal((await call(url, { method: 'POST', path: '/api/flaky', body: '{"on":true}' })).status, 401);
      assert.equal((await call(url, { method: 'POST', path: '/api/flaky', headers: { Authorization: `Bearer ${token}` }, body: '{"on":' })).status, 400);
      for (const path of ['/data/responses.ndjson', '/data/responses.ndjson.imported', '/%2e%2e/data/pglite/PG_VERSION', '/..%2fdata/pglite/PG_VERSION', '/%', '/%E0%A4%A', '/server.mjs', '/%2e%2e/server/main.mjs']) {
        const reply = await call(url, { path });
        assert.equal(reply.status, 404, path);
      }
      assert.equal((await call(url, { path: '/' })).status, 200, 'still serving after all that');
    } finally {
      await stopProcess(demo);
    }
  });
});
