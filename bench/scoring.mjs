// Scoring throughput and memory: generates N synthetic responses (fixed seed) to a temporary NDJSON file, then
// times the library (in-process, streaming the file) and the sipas-score command line (a fresh process each
// run, and its start-up alone), and measures its peak memory on 1× and 5× the input: flat memory means the same peak.
// Usage: npm run build && node bench/scoring.mjs [--n 200000] [--runs 3]
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { syntheticResponses } from '../demo/synthetic.js';
import { sipas2017 } from '../dist/definitions/sipas-2017.js';
import { wordingHash } from '../dist/model/response.js';
import { ResponseSchema } from '../dist/schema/response.js';
import { forEachLine, Scorer } from '../dist/scoring/index.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '200000' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.n);
const runs = Number(values.runs);
const cli = fileURLToPath(new URL('../bin/sipas-score.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sipas-bench-'));
const file = join(dir, 'responses.ndjson');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (n, ms) => Math.round((n / ms) * 1000);
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);

async function writeSample() {
  const out = createWriteStream(file);
  for (const response of syntheticResponses({ definition: sipas2017, count, seed: 2019, textHash: (locale) => wordingHash(sipas2017, locale) })) {
    if (!out.write(`${JSON.stringify(response)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

/** The one-char-per-byte reading Scorer.addBytes tries first, as the command line gives it. */
const latin1 = (bytes) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)).toString('latin1');

async function timeLibrary() {
  const started = performance.now();
  const scorer = new Scorer([sipas2017]);
  await forEachLine(createReadStream(file, { highWaterMark: 1 << 20 }), (bytes) => scorer.addBytes(bytes, latin1));
  if (scorer.counts.accepted !== count) throw new Error(`expected ${count} accepted, got ${scorer.counts.accepted}`);
  return performance.now() - started;
}

/** Runs the CLI on `copies` concatenated copies of the sample through stdin; returns its time and peak RSS (VmHWM). */
function runCli(copies) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, '-', '--format', 'json', '--out', '/dev/null'], { stdio: ['pipe', 'ignore', 'inherit'] });
    let peakKiB = 0;
    const poll = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakKiB = Math.max(peakKiB, Number(match[1]));
      } catch {
        // The process has just exited.
      }
    }, 20);
    child.on('error', reject);
    // If the CLI dies early, its exit code is the error to report, not the broken pipe.
    child.stdin.on('error', () => {});
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`sipas-score exited with ${code}`));
      else resolve({ ms: performance.now() - started, peakBytes: peakKiB * 1024 });
    });
    (async () => {
      for (let i = 0; i < copies; i++) {
        for await (const chunk of createReadStream(file)) if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end();
    })().catch(reject);
  });
}

/** The floor no scorer can beat: parsing the lines, nothing else (a ratio to it is meaningful on a busy machine). */
function timeParseOnly(lines) {
  const started = performance.now();
  for (const line of lines) JSON.parse(line);
  return performance.now() - started;
}

function timeZodOnly(lines) {
  const started = performance.now();
  for (const line of lines) if (!ResponseSchema.safeParse(JSON.parse(line)).success) throw new Error('invalid sample');
  return performance.now() - started;
}

try {
  const generated = performance.now();
  await writeSample();
  console.log(`sample: ${count.toLocaleString('en')} responses, ${mib(statSync(file).size)} MiB, generated in ${Math.round(performance.now() - generated)} ms`);

  const library = [];
  for (let i = 0; i < runs; i++) library.push(await timeLibrary());
  const cliRuns = [];
  for (let i = 0; i < runs; i++) cliRuns.push(await runCli(1));
  const fiveFold = await runCli(5);
  const sampleLines = readFileSync(file, 'utf8').split('\n', 20_000).filter(Boolean);
  const zodMs = timeZodOnly(sampleLines);
  const parseMs = timeParseOnly(sampleLines);

  const startup = [];
  for (let i = 0; i < runs; i++) startup.push((await runCli(0)).ms);
  const libraryRate = rate(count, median(library));
  // The command line's throughput on the larger input, where its fixed start-up (loading Node and the library,
  // reported on its own below) weighs least; the smaller input's whole-process rate is shown beside it.
  const cliRate = rate(5 * count, fiveFold.ms);
  const rows = [
    ['library, streaming the file (median of runs)', `${libraryRate.toLocaleString('en')} responses/s (${(libraryRate / rate(sampleLines.length, parseMs)).toFixed(2)}× JSON.parse alone)`],
    [`sipas-score CLI, whole process, ${(5 * count).toLocaleString('en')} lines`, `${cliRate.toLocaleString('en')} responses/s`],
    [`sipas-score CLI, whole process, ${count.toLocaleString('en')} lines (median of runs)`, `${rate(count, median(cliRuns.map((r) => r.ms))).toLocaleString('en')} responses/s`],
    ['sipas-score CLI start-up, empty input (median of runs)', `${Math.round(median(startup))} ms`],
    ['for comparison: JSON.parse alone (the floor)', `${rate(sampleLines.length, parseMs).toLocaleString('en')} responses/s`],
    ['for comparison: JSON.parse + full zod validation only', `${rate(sampleLines.length, zodMs).toLocaleString('en')} responses/s`],
    [`CLI peak RSS, ${count.toLocaleString('en')} lines`, `${mib(median(cliRuns.map((r) => r.peakBytes)))} MiB`],
    [`CLI peak RSS, ${(5 * count).toLocaleString('en')} lines`, `${mib(fiveFold.peakBytes)} MiB`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  const target = 100_000;
  const slowest = Math.min(libraryRate, cliRate);
  console.log(slowest >= target ? `≥ ${target.toLocaleString('en')} responses/s on one core: yes` : `below ${target.toLocaleString('en')} responses/s on one core`);
  // For bench/run.mjs, which prints these in its table.
  console.log(`figures: ${JSON.stringify({ library: libraryRate, cli: cliRate, cliLines: 5 * count, startupMs: Math.round(median(startup)) })}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
