// The index at volume (`npm run bench`, or alone): N synthetic responses (deterministic: fixed seeds) scored three
// ways, each with the same cuts and period, and each answer checked equal to the others:
// - sipas-score on an NDJSON file (the command line, streaming);
// - DuckDB (embedded, from npm) with the generated SQL: the file loaded into a table sipas_responses (JSON column),
//   then the counts into a table and the indices from it;
// - PostgreSQL (a throwaway server, tests/support/postgres-server.mjs) over the receiver's table, filled through the
//   receiver's own store (server/store.mjs) in chunks, then scored by the receiver's own /api/results code
//   (server/results.mjs: counts into a temporary table, the indices from it).
// Times are wall-clock; CPU time and peak memory are each Node process's own (process.resourceUsage() at exit,
// bench/usage-at-exit.mjs; DuckDB runs inside its process), and for PostgreSQL the peak resident memory of the
// server process that ran the query (VmHWM, shared buffers it touched included). Ratios are to sipas-score's time in
// the same run. Prints a Markdown table and a line "figures: {json}".
// Usage: npm run build && node bench/sql-volume.mjs [--responses 1000000] [--by agencyCode,mode] [--period quarter]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { syntheticResponses } from '../demo/synthetic.js';
import { scoredDefinitions } from '../dist/definitions/index.js';
import { wordingHash } from '../dist/model/response.js';
import { generateSql, parseCutOptions, resultsFromSql } from '../dist/scoring/index.js';

const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '1000000' },
    by: { type: 'string', default: 'agencyCode,mode' },
    period: { type: 'string', default: 'quarter' },
    child: { type: 'string' },
    file: { type: 'string' },
    out: { type: 'string' },
  },
});
const { by, period } = parseCutOptions({ by: values.by, period: values.period }, (option) => `--${option}`);
const minN = 30;
const script = (path) => fileURLToPath(new URL(path, import.meta.url));
const definitions = await scoredDefinitions();
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** DuckDB, in a process of its own so that its peak memory is its own: load the file, then count and score. */
async function duckdbChild(file, out) {
  const { writeFileSync } = await import('node:fs');
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const sql = generateSql(definitions, { dialect: 'duckdb', by, period, minN });
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  let started = performance.now();
  await connection.run(sql.table);
  // The receiver's columns other than `response` are not read by the SQL; they are filled as a loader would.
  await connection.run(`INSERT INTO sipas_responses (response_id, response, questionnaire_id, questionnaire_version, submitted_at)
    SELECT gen_random_uuid(), json, '', '', now() FROM read_ndjson_objects('${file.replaceAll("'", "''")}')`);
  const loadMs = performance.now() - started;
  started = performance.now();
  await connection.run(`CREATE TEMP TABLE sipas_counts AS ${sql.counts}`);
  const read = async (query) => (await connection.runAndReadAll(query)).getRowObjectsJS();
  const counts = (await read("SELECT * FROM sipas_counts WHERE measure IN ('responses', 'rejected')")).map((row) => ({ ...row, count: Number(row.count) }));
  const rows = (await read(sql.indices)).map((row) => ({ ...row, n: Number(row.n), cut: JSON.parse(row.cut) }));
  const results = resultsFromSql(counts, rows, definitions, { by, period, minN });
  const queryMs = performance.now() - started;
  connection.closeSync();
  db.closeSync();
  writeFileSync(out, JSON.stringify({ loadMs, queryMs, results }));
}

if (values.child === 'duckdb') {
  await duckdbChild(values.file, values.out);
  process.exit(0);
}

/** Runs a Node script with the usage hook; resolves to its wall time, CPU time, peak memory and standard output. */
function measured(args) {
  const dir = mkdtempSync(join(tmpdir(), 'sipas-usage-'));
  const usageFile = join(dir, 'usage.json');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', script('./usage-at-exit.mjs'), ...args], { env: { ...process.env, SIPAS_USAGE_FILE: usageFile }, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      try {
        if (code !== 0 && code !== 1) throw new Error(`${args.join(' ')} exited with ${code}`);
        resolve({ wallMs, ...JSON.parse(readFileSync(usageFile, 'utf8')), stdout: Buffer.concat(chunks).toString('utf8') });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** The synthetic sample: mostly sipas-2017 (the national questionnaire), some of each other built-in, 18 months. */
function* sample(count) {
  const share = { 'sipas-2017': 0.7, 'sipas-2022': 0.15, 'dvc-online': 0.15 };
  for (const [i, [id, part]] of Object.entries(share).entries()) {
    const definition = definitions.find((d) => d.id === id);
    const n = i === 0 ? count - Math.round(count * 0.15) * 2 : Math.round(count * part);
    yield* syntheticResponses({ definition, count: n, seed: 2026 + i, months: 18, textHash: (locale) => wordingHash(definition, locale) });
  }
}

async function writeSample(file, count) {
  const out = createWriteStream(file);
  let written = 0;
  for (const response of sample(count)) {
    // Every third answer as a kiosk, paper or interview form (schema 1.1), so the mode cut has its groups.
    if (written % 3 === 1) Object.assign(response, { schemaVersion: 1.1, collection: { mode: ['kiosk', 'paper', 'interview'][written % 9 === 1 ? 0 : written % 9 === 4 ? 1 : 2] } });
    written += 1;
    if (!out.write(`${JSON.stringify(response)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return written;
}

/** PostgreSQL: the receiver's store fills the table, the receiver's scoring answers; the server process's peak memory. */
async function onPostgres(file) {
  const { startPostgres } = await import('../tests/support/postgres-server.mjs');
  const { openPostgres } = await import('../server/database.mjs');
  const { createStore } = await import('../server/store.mjs');
  const { createScoring } = await import('../server/results.mjs');
  const library = await import('../dist/scoring/index.js');
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const server = await startPostgres();
  const database = await openPostgres(server.url);
  try {
    const store = createStore(database, { log: {} });
    await store.ready();
    let started = performance.now();
    // One chunk of 5,000 at a time, as the receiver stores an NDJSON batch (it uses 500 per chunk).
    const chunk = [];
    for await (const line of createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
      chunk.push(JSON.parse(line));
      if (chunk.length === 5000) await store.insert(chunk.splice(0));
    }
    await store.insert(chunk);
    const loadMs = performance.now() - started;
    await database.transaction((tx) => tx.exec('VACUUM ANALYZE sipas_responses').catch(() => {}));
    const tableBytes = Number((await store.query("SELECT pg_total_relation_size('sipas_responses') AS bytes")).rows[0].bytes);
    let backendPeak = 0;
    // The store as the receiver has it, with the query's server process noted, so its peak memory can be read after.
    const watched = {
      scratch: (work) =>
        store.scratch(async (tx) => {
          const { pid } = (await tx.query('SELECT pg_backend_pid() AS pid')).rows[0];
          const result = await work(tx);
          backendPeak = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
          return result;
        }),
    };
    started = performance.now();
    const results = await createScoring(watched, definitions, library).results({ by, period, minN });
    return { loadMs, queryMs: performance.now() - started, results, tableBytes, backendPeak };
  } finally {
    await database.close();
    await server.stop();
  }
}

const count = Number(values.responses);
const dir = mkdtempSync(join(tmpdir(), 'sipas-sql-volume-'));
try {
  const file = join(dir, 'responses.ndjson');
  process.stderr.write(`sql-volume: writing ${count.toLocaleString('en')} responses…`);
  let started = performance.now();
  await writeSample(file, count);
  process.stderr.write(` ${seconds(performance.now() - started)}, ${mib(statSync(file).size)}\n`);
  const cuts = ['--by', by.join(','), ...(period ? ['--period', period] : [])];

  process.stderr.write('sql-volume: sipas-score…');
  const cli = await measured([script('../bin/sipas-score.mjs'), '--format', 'json', '--min-n', String(minN), ...cuts, file]);
  process.stderr.write(` ${seconds(cli.wallMs)}\nsql-volume: DuckDB…`);
  const duckOut = join(dir, 'duckdb.json');
  const duck = await measured([script('./sql-volume.mjs'), '--child', 'duckdb', '--file', file, '--out', duckOut, ...cuts]);
  const duckdb = JSON.parse(readFileSync(duckOut, 'utf8'));
  process.stderr.write(` ${seconds(duck.wallMs)}\nsql-volume: PostgreSQL…`);
  started = performance.now();
  const postgres = await onPostgres(file);
  process.stderr.write(` ${seconds(performance.now() - started)}\n`);

  const expected = cli.stdout;
  const same = (results) => `${JSON.stringify(results, null, 2)}\n` === expected;
  const equal = { duckdb: same(duckdb.results), postgres: same(postgres.results) };
  const ratio = (ms) => `${(ms / cli.wallMs).toFixed(2)}×`;
  const table = [
    '| how (same cuts, same answer) | load | score | score ÷ sipas-score | peak memory | same JSON as sipas-score |',
    '|---|---:|---:|---:|---:|---|',
    `| sipas-score on NDJSON (whole process) | — | ${seconds(cli.wallMs)} (CPU ${seconds(cli.cpuMs)}) | 1.00× | ${mib(cli.peakBytes)} | — |`,
    `| DuckDB, generated SQL (in-memory) | ${seconds(duckdb.loadMs)} | ${seconds(duckdb.queryMs)} | ${ratio(duckdb.queryMs)} | ${mib(duck.peakBytes)} (the process) | ${equal.duckdb ? 'yes' : '**NO**'} |`,
    `| PostgreSQL, the receiver's table and /api/results code | ${seconds(postgres.loadMs)} (receiver's store) | ${seconds(postgres.queryMs)} | ${ratio(postgres.queryMs)} | ${mib(postgres.backendPeak)} (server process) | ${equal.postgres ? 'yes' : '**NO**'} |`,
  ].join('\n');
  console.log(`${table}\n\n${count.toLocaleString('en')} responses (${mib(statSync(file).size)} of NDJSON), by ${by.join(', ')}, per ${period}; table ${mib(postgres.tableBytes)} in PostgreSQL.`);
  console.log(`figures: ${JSON.stringify({ responses: count, cliMs: Math.round(cli.wallMs), duckdbQueryMs: Math.round(duckdb.queryMs), postgresQueryMs: Math.round(postgres.queryMs), duckdbRatio: duckdb.queryMs / cli.wallMs, postgresRatio: postgres.queryMs / cli.wallMs, cliPeakBytes: cli.peakBytes, duckdbPeakBytes: duck.peakBytes, postgresPeakBytes: postgres.backendPeak, equal })}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
