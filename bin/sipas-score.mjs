#!/usr/bin/env node
// sipas-score: computes the SIPAS indices from an NDJSON file of responses (or standard input), streaming line
// by line so memory stays flat. Uses the compiled library in dist/ (npm run build).
import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';

// Loaded here rather than imported statically, so that a missing build is a usage error (exit 2), not a crash (exit 1).
let library;
try {
  library = await Promise.all([
    import('../dist/i18n/report.js'),
    import('../dist/scoring/index.js'),
    import('./lib/files.mjs'),
    import('./lib/definitions.mjs'),
  ]);
} catch (error) {
  process.stderr.write(`sipas-score: cannot load the library from dist/ (run "npm run build" first): ${error.message}\n`);
  process.exit(2);
}
const [
  { reportStringsFor },
  { CUT_FIELDS, CutOptionsError, DEFAULT_MIN_N, MAX_LINE_BYTES, Scorer, computeResults, countsFromCsv, countsToCsv, forEachLine, mergeCounts, parseCutOptions, resultsToCsv, resultsToMarkdown, resultsToText, terminalText },
  { UnreadableError, WriteError, openOutput },
  { DefinitionFileError, loadDefinitions },
] = library;

/** Each output format: how the counts (or the results computed from them) become text. */
const FORMATS = {
  table: ({ results, definitions, strings }) => resultsToText(results(), definitions, strings),
  json: ({ results }) => `${JSON.stringify(results(), null, 2)}\n`,
  csv: ({ results, definitions, strings }) => resultsToCsv(results(), definitions, strings),
  md: ({ results, definitions, strings }) => resultsToMarkdown(results(), definitions, strings),
  // The mergeable counts (docs/sql.md), exactly as read: they are data for --from-counts and databases, not a sheet.
  counts: ({ counts }) => countsToCsv(counts),
};

const USAGE = `Usage: sipas-score [options] [responses.ndjson | -]
       sipas-score --from-counts [options] counts.csv…

Computes the SIPAS satisfaction indices from responses, one JSON response per line.
Reads standard input when no file (or "-") is given. With --from-counts, adds up counts (CSV, as --format counts
writes them: from communes, shards or the SQL of sipas-sql) and computes the indices of the whole, exactly.

Options:
  --format ${Object.keys(FORMATS).join('|')}
                               output format (default: table); counts: the mergeable counts as CSV (docs/sql.md)
  --from-counts                the files are counts to add up, not responses (their header names the cuts)
  --out FILE                   write the output to FILE instead of standard output
  --by FIELD[,FIELD…]          cut by: ${CUT_FIELDS.join(', ')}
                               (desk: the counter; mode: online, kiosk, paper or interview)
  --period month|quarter|year  also cut by the period of submittedAt (Vietnam time, UTC+7)
  --min-n N                    flag indices over fewer than N valid answers (default: ${DEFAULT_MIN_N})
  --definition FILE            a questionnaire definition (JSON) besides the built-in ones; repeatable
  --lang vi|en                 language of labels in table, csv and md output (default: vi)
  --help                       show this help

Bad lines are reported on standard error with their line number and reason; blank lines are skipped, and a line
longer than ${MAX_LINE_BYTES} bytes (1 MiB) is not read but counted as too long.
Exit status: 0 all lines counted, 1 some lines were bad (the results are still printed), 2 usage error, unreadable
input or output that could not be written.`;

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
        'from-counts': { type: 'boolean', default: false },
        out: { type: 'string' },
        by: { type: 'string' },
        period: { type: 'string' },
        'min-n': { type: 'string' },
        definition: { type: 'string', multiple: true, default: [] },
        lang: { type: 'string', default: 'vi' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (!Object.hasOwn(FORMATS, values.format)) throw new UsageError(`--format must be ${Object.keys(FORMATS).join(', ')}, not "${values.format}"`);
  // Read as sipas-sql and the receiver's /api/results read them.
  const { by, period, minN } = parseCutOptions({ by: values.by, period: values.period, minN: values['min-n'] }, (option) => `--${option}`);
  if (!['vi', 'en'].includes(values.lang)) throw new UsageError(`--lang must be vi or en, not "${values.lang}"`);
  if (values['from-counts']) {
    if (values.by !== undefined || values.period !== undefined) throw new UsageError('--from-counts takes the cuts the counts were made with (their header); leave out --by and --period');
    if (positionals.length === 0) throw new UsageError('--from-counts needs one or more counts files');
  } else if (positionals.length > 1) throw new UsageError('give at most one input file');
  return { ...values, by, minN, period, input: positionals[0] ?? '-', files: positionals };
}

/** One char per byte: the fast reading Scorer.addBytes tries first (lines are Buffers, or copies joining two chunks). */
const latin1 = (bytes) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)).toString('latin1');

async function openInput(input) {
  if (input === '-') return process.stdin;
  let handle;
  try {
    handle = await open(input, 'r');
    if ((await handle.stat()).isDirectory()) throw new Error('it is a folder, not a file');
  } catch (error) {
    await handle?.close();
    throw new UsageError(`cannot read ${input}: ${error.message}`);
  }
  return handle.createReadStream({ highWaterMark: 1 << 20 });
}

/** Scores the responses of `input` (opened from `inputName`), reporting bad lines on standard error; answers the counts and how many were bad. */
async function scoreLines(input, inputName, definitions, { by, period }) {
  const scorer = new Scorer(definitions, { by, period });
  let bad = 0;
  const report = (outcome, lineNumber) => {
    if (outcome && !outcome.ok && ++bad <= MAX_LISTED_BAD_LINES) process.stderr.write(terminalText(`line ${lineNumber}: ${outcome.reason}: ${outcome.detail}`) + '\n');
  };
  try {
    await forEachLine(
      input,
      (bytes, lineNumber) => report(scorer.addBytes(bytes, latin1), lineNumber),
      (byteLength, lineNumber) => report(scorer.addLongLine(byteLength, MAX_LINE_BYTES), lineNumber),
    );
  } catch (error) {
    throw new UsageError(`cannot read ${inputName === '-' ? 'standard input' : inputName}: ${error.message}`);
  }
  if (bad > MAX_LISTED_BAD_LINES) process.stderr.write(`… and ${bad - MAX_LISTED_BAD_LINES} more bad lines\n`);
  if (bad > 0) process.stderr.write(`${bad} of ${scorer.counts.seen} responses were not counted\n`);
  return { counts: scorer.counts, bad };
}

/** The text of a counts file; a path that is no file (a folder, /dev/zero) is refused before anything is read. */
async function readCountsFile(path) {
  let handle;
  try {
    handle = await open(path, 'r');
    if (!(await handle.stat()).isFile()) throw new Error('it is not a file');
    return await handle.readFile('utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error.message}`);
  } finally {
    await handle?.close();
  }
}

/** Reads counts files and adds them up; a file that is not counts, or is cut otherwise than the first, is a usage error. */
async function addUpCounts(files, definitions) {
  let total;
  for (const file of files) {
    const text = await readCountsFile(file);
    let counts;
    try {
      counts = countsFromCsv(text, definitions);
    } catch (error) {
      throw new UsageError(`${file}: ${error.message}`);
    }
    try {
      total = total ? mergeCounts(total, counts) : counts;
    } catch {
      throw new UsageError(`${file} is cut by ${describeCuts(counts)}, but ${files[0]} by ${describeCuts(total)}: counts add up only when cut alike`);
    }
  }
  return total;
}

const describeCuts = (counts) => [...counts.options.by, ...(counts.options.period ? [counts.options.period] : [])].join(', ') || 'nothing';

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const definitions = await loadDefinitions(options.definition);
  const input = options['from-counts'] ? undefined : await openInput(options.input);
  // Opened before the input is read, so that an output that cannot be written is said at once, not after the scoring.
  const output = await openOutput(options.out);
  const { counts, bad } = input ? await scoreLines(input, options.input, definitions, options) : { counts: await addUpCounts(options.files, definitions), bad: 0 };
  const results = () => computeResults(counts, definitions, options.minN);
  await output.write(FORMATS[options.format]({ counts, results, definitions, strings: reportStringsFor(options.lang) }));
  return bad > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError || error instanceof CutOptionsError || error instanceof UnreadableError || error instanceof DefinitionFileError) process.stderr.write(terminalText(`sipas-score: ${error.message}`) + '\nTry "sipas-score --help".\n');
    else if (error instanceof WriteError) process.stderr.write(terminalText(`sipas-score: ${error.message}`) + '\n');
    else process.stderr.write(`sipas-score: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
