// The receiver under large batches: server/main.mjs in a process of its own, on PGlite (a data directory) or on a
// throwaway PostgreSQL server, sent one NDJSON batch of about 39 MB, then four at once. Reports the time to store
// them, how long other requests waited meanwhile (GET /api/stats asked one after another: the longest wait is the
// longest the event loop was held), and the receiver's peak memory (VmHWM) against its memory at rest. Ratios are
// to figures of the same run: the wait against the idle answer time, the memory against the resting process.
//
// Usage: node bench/receiver.mjs [--database pglite|postgres] [--megabytes 39]   (after npm run build)
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPostgres } from '../tests/support/postgres-server.mjs';
import { call } from '../tests/server/http-client.mjs';
import { ndjson, sampleResponse } from '../tests/server/samples.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({ options: { database: { type: 'string', default: 'pglite' }, megabytes: { type: 'string', default: '39' } } });
const TOKEN = 'bench-token-0123456789abcdef';
const operator = { Authorization: `Bearer ${TOKEN}` };

/** A batch of distinct responses of about `megabytes` MB. */
function batchOf(megabytes) {
  const one = Buffer.byteLength(ndjson([sampleResponse()]));
  return ndjson(Array.from({ length: Math.ceil((megabytes * 1e6) / one) }, () => sampleResponse()));
}

async function memory(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** Sends `batches` at once while asking for stats one after another; answers the times and the longest wait. */
async function measure(url, batches) {
  let done = false;
  const started = performance.now();
  const posting = Promise.all(batches.map((body) => call(url, { method: 'POST', path: '/api/responses', headers: { 'Content-Type': 'application/x-ndjson' }, body }))).finally(() => {
    done = true;
  });
  const waits = [];
  const probing = (async () => {
    while (!done) {
      const asked = performance.now();
      await call(url, { path: '/api/stats', headers: operator });
      waits.push(performance.now() - asked);
    }
  })();
  const [replies] = await Promise.all([posting, probing]);
  for (const reply of replies) if (reply.status !== 200) throw new Error(`batch answered ${reply.status}: ${reply.text.slice(0, 300)}`);
  return { seconds: (performance.now() - started) / 1000, longestWait: Math.max(...waits), answered: waits.length, accepted: replies.reduce((n, r) => n + r.json.accepted, 0) };
}

const dir = await mkdtemp(join(tmpdir(), 'sipas-bench-receiver-'));
const postgres = options.database === 'postgres' ? await startPostgres() : undefined;
const env = { ...process.env, HOST: '127.0.0.1', PORT: '0', RECEIVER_TOKEN: TOKEN, ...(postgres ? { DATABASE_URL: postgres.url } : { SIPAS_DATA_DIR: join(dir, 'pglite') }) };
const child = spawn(process.execPath, [join(root, 'server/main.mjs')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`the receiver exited:\n${output}`)));
  });
  const idle = [];
  for (let i = 0; i < 50; i++) {
    const asked = performance.now();
    await call(url, { path: '/api/stats', headers: operator });
    idle.push(performance.now() - asked);
  }
  const idleMs = idle.sort((a, b) => a - b)[25];
  const rest = await memory(child.pid);

  const one = batchOf(Number(options.megabytes));
  const single = await measure(url, [one]);
  const afterOne = await memory(child.pid);
  const four = await measure(url, [0, 1, 2, 3].map(() => batchOf(Number(options.megabytes))));
  const afterFour = await memory(child.pid);
  const stored = (await call(url, { path: '/api/stats', headers: operator })).json.count;

  const mb = (Buffer.byteLength(one) / 1e6).toFixed(1);
  console.log(`\n| receiver on ${options.database}, batches of ${mb} MB | figure | ratio |`);
  console.log('| --- | --- | --- |');
  console.log(`| one batch: time to store ${single.accepted} responses | ${single.seconds.toFixed(1)} s | ${Math.round(single.accepted / single.seconds)} responses/s |`);
  console.log(`| one batch: longest wait of another request (${single.answered} answered meanwhile) | ${single.longestWait.toFixed(0)} ms | ${(single.longestWait / idleMs).toFixed(1)}× the idle answer (${idleMs.toFixed(1)} ms) |`);
  console.log(`| four at once: time to store ${four.accepted} responses | ${four.seconds.toFixed(1)} s | ${(four.seconds / single.seconds).toFixed(2)}× one batch |`);
  console.log(`| four at once: longest wait of another request (${four.answered} answered meanwhile) | ${four.longestWait.toFixed(0)} ms | ${(four.longestWait / idleMs).toFixed(1)}× the idle answer |`);
  console.log(`| peak memory after one batch / after four (at rest ${rest.rss.toFixed(0)} MB) | ${afterOne.peak.toFixed(0)} / ${afterFour.peak.toFixed(0)} MB | +${(afterOne.peak - rest.rss).toFixed(0)} / +${(afterFour.peak - rest.rss).toFixed(0)} MB over rest |`);
  console.log(`| stored in all | ${stored} | ${stored === single.accepted + four.accepted ? 'each once' : 'MISMATCH'} |`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
}
