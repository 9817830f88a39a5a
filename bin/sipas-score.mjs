#!/usr/bin/env node
// sipas-score: computes the SIPAS indices from an NDJSON file of responses (or standard input), streaming line
// by line so memory stays flat. Uses the compiled library in dist/ (npm run build).
import { open, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { messagesFor } from './lib/score-messages.mjs';

const messages = messagesFor(process.argv.slice(2));

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
  process.stderr.write(`${messages.noBuild(error.message)}\n`);
  process.exit(2);
}
const [
  { reportStringsFor },
  {
    CUT_FIELDS,
    CutOptionsError,
    MAX_LINE_BYTES,
    Scorer,
    computeResults,
    countsFromCsv,
    countsToCsv,
    crosswalkNames,
    forEachLine,
    mergeCounts,
    parseCrosswalk,
    parseCutOptions,
    previousPeriod,
    recodeCounts,
    resultsToCsv,
    resultsToMarkdown,
    resultsToText,
    terminalText,
  },
  { UnreadableError, WriteError, openOutput },
  { DefinitionFileError, loadDefinitions },
] = library;

/**
 * Each output format: how the counts (or the results computed from them) become text. The CSV starts with a
 * byte-order mark, so that a spreadsheet reads its Vietnamese as UTF-8.
 */
const FORMATS = {
  table: ({ results, definitions, strings, report }) => resultsToText(results(), definitions, strings, report),
  json: ({ results }) => `${JSON.stringify(results(), null, 2)}\n`,
  csv: ({ results, definitions, strings }) => `\uFEFF${resultsToCsv(results(), definitions, strings)}`,
  md: ({ results, definitions, strings, report }) => resultsToMarkdown(results(), definitions, strings, report),
  // The mergeable counts (docs/sql.md), exactly as read: they are data for --from-counts and databases, not a sheet.
  counts: ({ counts }) => countsToCsv(counts),
  // An Excel workbook: ExcelJS is loaded only for this format.
  xlsx: async ({ results, definitions, strings, report }) => (await import('../dist/export/workbook.js')).resultsToWorkbook(results(), definitions, strings, report),
};

const USAGE = messages.usage({ formats: Object.keys(FORMATS).join('|'), cuts: CUT_FIELDS.join(', '), maxLineBytes: MAX_LINE_BYTES });

/** At most this many bad lines are listed one by one; the rest are counted in the summary. */
const MAX_LISTED_BAD_LINES = 1000;

/** Where a table is printed to a file or a pipe, its lines are wrapped at this width; a terminal's own width wins. */
const DEFAULT_WIDTH = 100;

class UsageError extends Error {}

/** The crosswalk of `--recode agencyCode=FILE.csv`, or an empty one. */
async function readCrosswalk(option) {
  if (option === undefined) return [];
  const match = /^agencyCode=(.+)$/.exec(option);
  if (!match) throw new UsageError(messages.recode(option));
  try {
    return parseCrosswalk(await readFile(match[1], 'utf8'));
  } catch (error) {
    throw new UsageError(messages.crosswalk(match[1], error.message));
  }
}

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
        compare: { type: 'string' },
        recode: { type: 'string' },
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
  if (!Object.hasOwn(FORMATS, values.format)) throw new UsageError(messages.format(Object.keys(FORMATS).join(', '), values.format));
  // Read as sipas-sql and the receiver's /api/results read them.
  const { by, period, minN } = parseCutOptions({ by: values.by, period: values.period, minN: values['min-n'] }, (option) => `--${option}`, messages.cutOptions);
  if (!['vi', 'en'].includes(values.lang)) throw new UsageError(messages.lang(values.lang));
  // Recoding works on the agency cut: a crosswalk without it would change nothing.
  if (values.recode !== undefined && !by.includes('agencyCode')) by.unshift('agencyCode');
  if (values.compare !== undefined) {
    if (period === null && !values['from-counts']) throw new UsageError(messages.compareNeedsPeriod);
    if (values.compare !== 'previous') {
      try {
        previousPeriod(values.compare);
      } catch {
        throw new UsageError(messages.compare(values.compare));
      }
    }
  }
  if (values['from-counts']) {
    if (values.by !== undefined || values.period !== undefined) throw new UsageError(messages.fromCountsCuts);
    if (positionals.length === 0) throw new UsageError(messages.fromCountsFiles);
  } else if (positionals.length > 1) throw new UsageError(messages.oneInput);
  if (values.format === 'xlsx' && values.out === undefined) throw new UsageError(messages.xlsxNeedsOut);
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
    throw new UsageError(messages.cannotRead(input, error.message));
  }
  return handle.createReadStream({ highWaterMark: 1 << 20 });
}

/** Scores the responses of `input` (opened from `inputName`), reporting bad lines on standard error; answers the counts and how many were bad. */
async function scoreLines(input, inputName, definitions, { by, period }) {
  const scorer = new Scorer(definitions, { by, period });
  let bad = 0;
  const report = (outcome, lineNumber) => {
    if (outcome && !outcome.ok && ++bad <= MAX_LISTED_BAD_LINES) process.stderr.write(terminalText(`${messages.line(lineNumber)}: ${outcome.reason}: ${outcome.detail}`) + '\n');
  };
  try {
    await forEachLine(
      input,
      (bytes, lineNumber) => report(scorer.addBytes(bytes, latin1), lineNumber),
      (byteLength, lineNumber) => report(scorer.addLongLine(byteLength, MAX_LINE_BYTES), lineNumber),
    );
  } catch (error) {
    throw new UsageError(messages.cannotRead(inputName === '-' ? messages.standardInput : inputName, error.message));
  }
  if (bad > MAX_LISTED_BAD_LINES) process.stderr.write(`${messages.moreBadLines(bad - MAX_LISTED_BAD_LINES)}\n`);
  if (bad > 0) process.stderr.write(`${messages.notCounted(bad, scorer.counts.seen)}\n`);
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
    throw new UsageError(messages.cannotRead(path, error.message));
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
  const crosswalk = await readCrosswalk(options.recode);
  const input = options['from-counts'] ? undefined : await openInput(options.input);
  // Opened before the input is read, so that an output that cannot be written is said at once, not after the scoring.
  const output = await openOutput(options.out);
  const scored = input ? await scoreLines(input, options.input, definitions, options) : { counts: await addUpCounts(options.files, definitions), bad: 0 };
  // Merged units: counts add up under the new code, and only then become indices (never an average of indices).
  const counts = crosswalk.length > 0 ? recodeCounts(scored.counts, crosswalk) : scored.counts;
  const results = () => computeResults(counts, definitions, options.minN);
  const width = options.out === undefined && process.stdout.isTTY ? process.stdout.columns : DEFAULT_WIDTH;
  const report = { names: crosswalkNames(crosswalk), compare: options.compare ?? null, width };
  await output.write(await FORMATS[options.format]({ counts, results, definitions, strings: reportStringsFor(options.lang), report }));
  return scored.bad > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError || error instanceof CutOptionsError || error instanceof UnreadableError || error instanceof DefinitionFileError) process.stderr.write(terminalText(`sipas-score: ${error.message}`) + `\n${messages.tryHelp}\n`);
    else if (error instanceof WriteError) process.stderr.write(terminalText(`sipas-score: ${error.message}`) + '\n');
    else process.stderr.write(`sipas-score: ${error.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
