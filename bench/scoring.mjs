// Scoring throughput, CPU and memory: generates N synthetic responses (fixed seed) to a temporary NDJSON file, then
// - times the library (in-process, streaming the file);
// - compares the sipas-score command line's CPU time with the floor, a process that only reads the same file and
//   JSON.parses its lines (bench/read-and-parse.mjs), runs interleaved, start-up (an empty file) measured apart;
// - runs the command line on every kind of line (blank, `{}`, not JSON, cut short, unknown questionnaire, refused
//   by the schema, one 200 MB line, /dev/zero) and compares each line's cost with a response's;
// - measures the command line's peak memory on 1× and 5× the input: flat memory means the same peak.
// CPU time and peak memory are each process's own (process.resourceUsage() at exit, bench/usage-at-exit.mjs).
// Usage: npm run build && node bench/scoring.mjs [--n 200000] [--runs 3]
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const script = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = script('../bin/sipas-score.mjs');
const floor = script('./read-and-parse.mjs');
const usageHook = script('./usage-at-exit.mjs');
const dir = mkdtempSync(join(tmpdir(), 'sipas-bench-'));
const file = join(dir, 'responses.ndjson');
const empty = join(dir, 'empty.ndjson');

/** A line with one text replaced; a line without it would silently measure valid lines under another kind's name. */
function changed(line, text, replacement) {
  if (!line.includes(text)) throw new Error(`bench: a sample line has no ${text} to replace`);
  return line.replace(text, replacement);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
const rate = (n, ms) => Math.round((n / ms) * 1000);
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);

async function writeLines(path, lines) {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  await new Promise((resolve) => out.end(resolve));
}

function* sampleLines() {
  for (const response of syntheticResponses({ definition: sipas2017, count, seed: 2019, textHash: (locale) => wordingHash(sipas2017, locale) })) {
    yield JSON.stringify(response);
  }
}

/** One char per byte: the reading Scorer.addBytes tries first, as the command line gives it. */
const latin1 = (bytes) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)).toString('latin1');

async function timeLibrary() {
  const started = performance.now();
  const scorer = new Scorer([sipas2017]);
  await forEachLine(createReadStream(file, { highWaterMark: 1 << 20 }), (bytes) => scorer.addBytes(bytes, latin1), () => {});
  if (scorer.counts.accepted !== count) throw new Error(`expected ${count} accepted, got ${scorer.counts.accepted}`);
  return performance.now() - started;
}

let measured = 0;
/**
 * Runs a Node script as its own process and returns its wall time, CPU time and peak memory. `input` is a file name
 * (an argument), or `{ copies }` to pipe that many copies of the sample through standard input; `stopAfterMs` ends an
 * endless run with SIGTERM.
 */
function measure(scriptPath, args, { copies, stopAfterMs } = {}) {
  const usageFile = join(dir, `usage-${++measured}.json`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', usageHook, scriptPath, ...args], {
      stdio: [copies === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
      env: { ...process.env, SIPAS_USAGE_FILE: usageFile },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    const timer = stopAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGTERM'), stopAfterMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      try {
        resolve({ code, wallMs, ...JSON.parse(readFileSync(usageFile, 'utf8')) });
      } catch {
        reject(new Error(`${scriptPath} ${args.join(' ')} exited with ${code} and no usage: ${stderr}`));
      }
    });
    if (copies !== undefined) {
      // If the process dies early, its exit code is the error to report, not the broken pipe.
      child.stdin.on('error', () => {});
      (async () => {
        for (let i = 0; i < copies; i++) {
          for await (const chunk of createReadStream(file)) if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
        }
        child.stdin.end();
      })().catch(reject);
    }
  });
}

const score = (input, options) => measure(cli, [input, '--format', 'json', '--out', '/dev/null'], options);

/** The floor no scorer can beat, in-process: parsing lines already in memory, nothing else. */
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

function printRows(rows) {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

try {
  const generated = performance.now();
  await writeLines(file, sampleLines());
  writeFileSync(empty, '');
  console.log(`sample: ${count.toLocaleString('en')} responses, ${mib(statSync(file).size)} MiB, generated in ${Math.round(performance.now() - generated)} ms`);

  const library = [];
  for (let i = 0; i < runs; i++) library.push(await timeLibrary());

  // ---- the command line against the floor, interleaved, each process's CPU time -----------------------------
  const cliRuns = [];
  const floorRuns = [];
  const cliStartup = [];
  const floorStartup = [];
  for (let i = 0; i < runs; i++) {
    floorRuns.push(await measure(floor, [file]));
    cliRuns.push(await score(file));
    floorStartup.push(await measure(floor, [empty]));
    cliStartup.push(await score(empty));
  }
  for (const run of cliRuns) if (run.code !== 0) throw new Error(`sipas-score exited with ${run.code}`);
  const cpu = (xs) => median(xs.map((r) => r.cpuMs));
  const cliStreaming = cpu(cliRuns) - cpu(cliStartup);
  const floorStreaming = cpu(floorRuns) - cpu(floorStartup);
  const streamingRatio = cliStreaming / floorStreaming;
  const wholeRatio = cpu(cliRuns) / cpu(floorRuns);
  const perRun = cliRuns.map((r, i) => (r.cpuMs / floorRuns[i].cpuMs).toFixed(2)).join(', ');

  const fiveFold = await score('-', { copies: 5 });
  const sampleText = readFileSync(file, 'utf8').split('\n', 20_000).filter(Boolean);
  const zodMs = timeZodOnly(sampleText);
  const parseMs = timeParseOnly(sampleText);
  const libraryRate = rate(count, median(library));
  // The command line's throughput on the larger input, where its fixed start-up weighs least.
  const cliRate = rate(5 * count, fiveFold.wallMs);
  printRows([
    ['library, streaming the file (median of runs)', `${libraryRate.toLocaleString('en')} responses/s (${(libraryRate / rate(sampleText.length, parseMs)).toFixed(2)}× JSON.parse alone)`],
    [`sipas-score CLI, whole process, ${(5 * count).toLocaleString('en')} lines`, `${cliRate.toLocaleString('en')} responses/s`],
    ['for comparison: JSON.parse alone, lines in memory', `${rate(sampleText.length, parseMs).toLocaleString('en')} responses/s`],
    ['for comparison: JSON.parse + full zod validation only', `${rate(sampleText.length, zodMs).toLocaleString('en')} responses/s`],
    [`CLI peak RSS, ${count.toLocaleString('en')} lines`, `${mib(median(cliRuns.map((r) => r.peakBytes)))} MiB`],
    [`CLI peak RSS, ${(5 * count).toLocaleString('en')} lines`, `${mib(fiveFold.peakBytes)} MiB`],
  ]);

  console.log(`\nCPU time on ${count.toLocaleString('en')} lines, medians of ${runs} interleaved runs (ranges), start-up = the same process on an empty file:`);
  printRows([
    ['floor: read + cut into lines + UTF-8 + JSON.parse', `${Math.round(cpu(floorRuns))} ms (${range(floorRuns.map((r) => r.cpuMs))}), start-up ${Math.round(cpu(floorStartup))} ms`],
    ['sipas-score --format json', `${Math.round(cpu(cliRuns))} ms (${range(cliRuns.map((r) => r.cpuMs))}), start-up ${Math.round(cpu(cliStartup))} ms`],
    ['streaming (start-up taken off): sipas-score ÷ floor', `${streamingRatio.toFixed(2)}× (${Math.round(cliStreaming)} ms ÷ ${Math.round(floorStreaming)} ms; budget ≤ 1.15×)`],
    ['whole processes: sipas-score ÷ floor', `${wholeRatio.toFixed(2)}× (run by run: ${perRun})`],
  ]);

  // ---- every kind of line: none may cost more than a response ------------------------------------------------
  const kinds = [
    ['responses that count', file, count],
    ['blank: 10 MiB of newlines', '\n'.repeat(10 * 1024 * 1024), 10 * 1024 * 1024],
    ['blank: spaces ("   ")', '   \n'.repeat(1_000_000), 1_000_000],
    ['{} (not a response)', '{}\n'.repeat(1_000_000), 1_000_000],
    ['not JSON ("oops")', 'oops\n'.repeat(1_000_000), 1_000_000],
    ['responses cut short (half a line)', sampleText.map((line) => line.slice(0, line.length >> 1)), sampleText.length],
    ['unknown questionnaire version', sampleText.map((line) => changed(line, `"version":"${sipas2017.version}"`, '"version":"1999.1"')), sampleText.length],
    ['refused by the schema (a bad responseId)', sampleText.map((line) => line.replace(/"responseId":"[^"]+"/, '"responseId":"x"')), sampleText.length],
  ];
  const kindRows = [];
  let perValidLine;
  for (const [name, content, lines] of kinds) {
    let path = content;
    if (content !== file) {
      path = join(dir, 'kind.ndjson');
      if (Array.isArray(content)) await writeLines(path, content);
      else writeFileSync(path, content);
    }
    const result = await score(path);
    const cpuMs = result.cpuMs - cpu(cliStartup);
    const perLine = (cpuMs * 1000) / lines;
    perValidLine ??= perLine;
    kindRows.push([`${name}, ${lines.toLocaleString('en')} lines, ${mib(statSync(path).size)} MiB`, `${Math.round(cpuMs)} ms CPU, ${perLine.toFixed(2)} µs a line (${(perLine / perValidLine).toFixed(2)}× a response), peak ${mib(result.peakBytes)} MiB`]);
  }
  const longLine = join(dir, 'long.ndjson');
  writeFileSync(longLine, `{"padding":"${'x'.repeat(200 * 1024 * 1024)}"}\n`);
  const long = await score(longLine);
  kindRows.push([`one line of 200 MiB (over the 1 MiB limit)`, `${Math.round(long.cpuMs - cpu(cliStartup))} ms CPU, peak ${mib(long.peakBytes)} MiB`]);
  rmSync(longLine);
  const zero = await score('/dev/zero', { stopAfterMs: 3000 });
  kindRows.push(['/dev/zero for 3 s (an endless line), stopped', `${Math.round(zero.cpuMs)} ms CPU, peak ${mib(zero.peakBytes)} MiB`]);
  console.log('\nEvery kind of line through sipas-score (CPU time without start-up):');
  printRows(kindRows);

  const target = 100_000;
  const slowest = Math.min(libraryRate, cliRate);
  console.log(slowest >= target ? `\n≥ ${target.toLocaleString('en')} responses/s on one core: yes` : `\nbelow ${target.toLocaleString('en')} responses/s on one core`);
  // For bench/run.mjs, which prints these in its table.
  console.log(
    `figures: ${JSON.stringify({ library: libraryRate, cli: cliRate, cliLines: 5 * count, startupMs: Math.round(median(cliStartup.map((r) => r.wallMs))), parseFloorRatio: Number(streamingRatio.toFixed(2)) })}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
