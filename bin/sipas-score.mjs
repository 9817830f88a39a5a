#!/usr/bin/env node
// sipas-score: computes the SIPAS indices from an NDJSON file of responses (or standard input), streaming line
// by line so memory stays flat. Uses the compiled library in dist/ (npm run build).
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

// Loaded here rather than imported statically, so that a missing build is a usage error (exit 2), not a crash (exit 1).
let library;
try {
  library = await Promise.all([
    import('../dist/definitions/index.js'),
    import('../dist/model/definition.js'),
    import('../dist/i18n/report.js'),
    import('../dist/scoring/index.js'),
  ]);
} catch (error) {
  process.stderr.write(`sipas-score: cannot load the library from dist/ (run "npm run build" first): ${error.message}\n`);
  process.exit(2);
}
const [{ scoredDefinitions }, { parseDefinition }, { reportStringsFor }, { CUT_FIELDS, PERIODS, Scorer, computeResults, forEachLine, resultsToCsv, resultsToMarkdown, resultsToText }] = library;

const USAGE = `Usage: sipas-score [options] [responses.ndjson | -]

Computes the SIPAS satisfaction indices from responses, one JSON response per line.
Reads standard input when no file (or "-") is given.

Options:
  --format table|json|csv|md   output format (default: table)
  --out FILE                   write the output to FILE instead of standard output
  --by FIELD[,FIELD…]          cut by: ${CUT_FIELDS.join(', ')}
                               (desk: the counter; mode: online, kiosk, paper or interview)
  --period month|quarter|year  also cut by the period of submittedAt (Vietnam time, UTC+7)
  --min-n N                    flag indices over fewer than N valid answers (default: 30)
  --definition FILE            a questionnaire definition (JSON) besides the built-in ones; repeatable
  --lang vi|en                 language of labels in table, csv and md output (default: vi)
  --help                       show this help

Bad lines are reported on standard error with their line number and reason.
Exit status: 0 all lines counted, 1 some lines were bad (the results are still printed), 2 usage error or unreadable input.`;

/** At most this many bad lines are listed one by one; the rest are counted in the summary. */
const MAX_LISTED_BAD_LINES = 1000;

class UsageError extends Error {}

function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        out: { type: 'string' },
        by: { type: 'string' },
        period: { type: 'string' },
        'min-n': { type: 'string', default: '30' },
        definition: { type: 'string', multiple: true, default: [] },
        lang: { type: 'string', default: 'vi' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (!['table', 'json', 'csv', 'md'].includes(values.format)) throw new UsageError(`--format must be table, json, csv or md, not "${values.format}"`);
  const by = values.by ? values.by.split(',').map((f) => f.trim()).filter(Boolean) : [];
  for (const field of by) if (!CUT_FIELDS.includes(field)) throw new UsageError(`--by: "${field}" is not a cut; use ${CUT_FIELDS.join(', ')}`);
  if (values.period !== undefined && !PERIODS.includes(values.period)) throw new UsageError(`--period must be month, quarter or year, not "${values.period}"`);
  const minN = Number(values['min-n']);
  if (!Number.isInteger(minN) || minN < 0) throw new UsageError(`--min-n must be a whole number ≥ 0, not "${values['min-n']}"`);
  if (!['vi', 'en'].includes(values.lang)) throw new UsageError(`--lang must be vi or en, not "${values.lang}"`);
  if (positionals.length > 1) throw new UsageError('give at most one input file');
  return { ...values, by, minN, period: values.period ?? null, input: positionals[0] ?? '-' };
}

async function loadDefinitions(files) {
  const definitions = [...(await scoredDefinitions())];
  for (const file of files) {
    let input;
    try {
      input = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`--definition ${file}: ${error.message}`);
    }
    const result = parseDefinition(input);
    if (!result.ok) throw new UsageError(`--definition ${file} is not a valid definition:\n${result.problems.map((p) => `  ${p.path} ${p.message}`).join('\n')}`);
    definitions.push(result.definition);
  }
  return definitions;
}

/** One char per byte: the fast reading Scorer.addBytes tries first (lines are Buffers, or copies joining two chunks). */
const latin1 = (bytes) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)).toString('latin1');

function openInput(input) {
  if (input === '-') return process.stdin;
  const stream = createReadStream(input, { highWaterMark: 1 << 20 });
  return new Promise((resolve, reject) => {
    stream.once('open', () => resolve(stream));
    stream.once('error', (error) => reject(new UsageError(`cannot read ${input}: ${error.message}`)));
  });
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const definitions = await loadDefinitions(options.definition);
  const input = await openInput(options.input);
  const scorer = new Scorer(definitions, { by: options.by, period: options.period });
  let bad = 0;
  await forEachLine(input, (bytes, lineNumber) => {
    const outcome = scorer.addBytes(bytes, latin1);
    if (outcome && !outcome.ok && ++bad <= MAX_LISTED_BAD_LINES) process.stderr.write(`line ${lineNumber}: ${outcome.reason}: ${outcome.detail}\n`);
  });
  if (bad > MAX_LISTED_BAD_LINES) process.stderr.write(`… and ${bad - MAX_LISTED_BAD_LINES} more bad lines\n`);
  if (bad > 0) process.stderr.write(`${bad} of ${scorer.counts.seen} responses were not counted\n`);

  const results = computeResults(scorer.counts, definitions, options.minN);
  const strings = reportStringsFor(options.lang);
  const output =
    options.format === 'json'
      ? `${JSON.stringify(results, null, 2)}\n`
      : options.format === 'csv'
        ? resultsToCsv(results, definitions, strings)
        : options.format === 'md'
          ? resultsToMarkdown(results, definitions, strings)
          : resultsToText(results, definitions, strings);
  if (options.out) {
    const out = createWriteStream(options.out);
    await new Promise((resolve, reject) => {
      out.once('error', (error) => reject(new UsageError(`cannot write ${options.out}: ${error.message}`)));
      out.end(output, resolve);
    });
  } else process.stdout.write(output);
  return bad > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError) process.stderr.write(`sipas-score: ${error.message}\nTry "sipas-score --help".\n`);
    else process.stderr.write(`sipas-score: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
