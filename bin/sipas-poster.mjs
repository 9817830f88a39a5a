#!/usr/bin/env node
// sipas-poster: writes a printable poster (SVG or HTML, A5 or A4) for a desk, with a QR code that opens the survey
// with the desk's service context in the address; or one poster per row of a CSV file. Uses the compiled library
// in dist/ (npm run build) to check the context exactly as <sipas-survey> checks its attributes.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';

let library;
try {
  library = await Promise.all([import('../dist/model/context-from-url.js'), import('../dist/model/context.js'), import('../dist/scoring/format.js'), import('./lib/poster.mjs')]);
} catch (error) {
  process.stderr.write(`sipas-poster: cannot load the library from dist/ (run "npm run build" first): ${error.message}\n`);
  process.exit(2);
}
const [{ parseContextWithUrl }, { CONTEXT_ATTRIBUTES }, { terminalText }, { PAPER_SIZES, POSTER_LANGUAGES, posterHtml, posterSvg, posterUrl }] = library;

const USAGE = `Usage: sipas-poster --url URL --agency-code CODE --agency-name NAME [--desk DESK] [--procedure-code CODE]
         [--procedure-name NAME] [--field FIELD] [--channel in-person|online|postal] [--lang vi|en] [--size a5|a4]
         --out poster.svg|poster.html
       sipas-poster --url URL [the same options as defaults] --desks desks.csv --out-dir posters/ [--format svg|html]

Writes a printable poster for a desk: the agency's name, the desk, "Quét mã để đánh giá sự phục vụ" and a QR code
that opens URL with the context as query parameters (agency-code=…&desk=…), which <sipas-survey context-from-url>
reads. Each value is checked as the element checks its attribute (a desk has at most 50 characters, a channel is
one of its three values). With --desks, each row of the CSV file (a header row names its columns like the options:
desk, agency-code, agency-name, procedure-code, procedure-name, field, channel) makes one poster in --out-dir,
named after its desk (e.g. "Quầy 3" → quay-3.svg); a row's values replace the options'. Nothing is written when a
row is wrong.

Exit status: 0 written, 1 a value or a row is wrong, 2 usage error or unreadable/unwritable file.`;

const CONTEXT_OPTIONS = Object.keys(CONTEXT_ATTRIBUTES);
const say = (text) => process.stdout.write(`${terminalText(text)}\n`);

/** Stops with a usage error (exit 2), or with wrong values (exit 1); each line of `message` is printed as a line. */
function fail(message, status = 2) {
  for (const line of `sipas-poster: ${message}`.split('\n')) process.stderr.write(`${terminalText(line)}\n`);
  process.exit(status);
}

let values;
try {
  const options = {
    help: { type: 'boolean', short: 'h' },
    url: { type: 'string' },
    lang: { type: 'string', default: 'vi' },
    size: { type: 'string', default: 'a5' },
    format: { type: 'string' },
    out: { type: 'string' },
    desks: { type: 'string' },
    'out-dir': { type: 'string' },
    ...Object.fromEntries(CONTEXT_OPTIONS.map((name) => [name, { type: 'string' }])),
  };
  ({ values } = parseArgs({ options, allowPositionals: false }));
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const lang = values.lang;
if (!POSTER_LANGUAGES.includes(lang)) fail(`--lang is "${lang}"; use ${POSTER_LANGUAGES.join(' or ')}`);
const size = values.size.toLowerCase();
if (!Object.hasOwn(PAPER_SIZES, size)) fail(`--size is "${values.size}"; use ${Object.keys(PAPER_SIZES).join(' or ')}`);
if (!values.url) fail(`--url is missing: the survey's address, e.g. https://dichvucong.example.gov.vn/danh-gia\n\n${USAGE}`);
let base;
try {
  base = new URL(values.url);
} catch {
  fail(`--url is "${values.url}", which is not an address; give a full one, e.g. https://dichvucong.example.gov.vn/danh-gia`);
}
if (base.protocol !== 'https:' && base.protocol !== 'http:') fail(`--url must start with https:// (it is ${base.protocol})`);

/**
 * One poster's context: the options' values with a row's over them, checked as the page the code opens checks its
 * URL parameters (context-from-url), so a poster never leads to a page that refuses its own code.
 */
function checkedContext(given, where) {
  const merged = Object.fromEntries(CONTEXT_OPTIONS.map((name) => [name, given[name] ?? values[name]]));
  const problems = [];
  for (const required of ['agency-code', 'agency-name']) if (!merged[required]?.trim()) problems.push(`${required} is missing (the poster shows the agency)`);
  const query = new URLSearchParams(Object.entries(merged).filter(([, value]) => value?.trim()));
  const parsed = parseContextWithUrl({}, query);
  if (!parsed.ok) problems.push(...parsed.problems.map((problem) => `${problem.path.replace(/^URL parameter /, '')} ${problem.message}`));
  if (problems.length > 0) return { problems: problems.map((problem) => `${where}${problem}`) };
  // The values as checked (trimmed), under the attribute names the address uses.
  return { context: Object.fromEntries(CONTEXT_OPTIONS.flatMap((name) => (parsed.context[CONTEXT_ATTRIBUTES[name]] ? [[name, parsed.context[CONTEXT_ATTRIBUTES[name]]]] : []))) };
}

function formatOf(path) {
  const format = values.format ?? { '.svg': 'svg', '.html': 'html', '.htm': 'html' }[extname(path).toLowerCase()];
  if (format !== 'svg' && format !== 'html') fail(`cannot tell the format of "${path}": name it .svg or .html, or give --format svg|html`);
  return format;
}

const render = (format, context) => {
  const options = { url: posterUrl(base.href, context), context, lang, size };
  return { url: options.url, text: format === 'svg' ? posterSvg(options) : posterHtml(options) };
};

/** A file name from a desk: no marks, lower case, words joined by "-" ("Quầy 3" → "quay-3"). */
const fileNameOf = (desk) =>
  desk
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'quay';

async function write(path, text) {
  try {
    await writeFile(path, text);
  } catch (error) {
    fail(`cannot write ${path}: ${error.message}`);
  }
}

if (values.desks) {
  if (!values['out-dir']) fail('--desks needs --out-dir, the folder the posters go to');
  if (values.out) fail('--out names one poster; with --desks give --out-dir');
  const format = values.format ?? 'svg';
  if (format !== 'svg' && format !== 'html') fail(`--format is "${format}"; use svg or html`);
  // Only a run with --desks needs the CSV parser.
  const { parse: parseCsv } = await import('csv-parse/sync');
  let rows;
  try {
    rows = parseCsv(await readFile(values.desks), { columns: (header) => header.map((name) => name.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    fail(error.code === 'ENOENT' || error.code === 'EISDIR' ? `cannot read ${values.desks}: ${error.message}` : `${values.desks} is not a CSV file this tool can read: ${error.message}`, error.code?.startsWith('CSV_') ? 1 : 2);
  }
  if (rows.length === 0) fail(`${values.desks} has no rows under its header`, 1);
  const unknown = Object.keys(rows[0]).filter((column) => !CONTEXT_OPTIONS.includes(column));
  if (unknown.length > 0) fail(`${values.desks} has columns this tool does not know: ${unknown.join(', ')} (known: ${CONTEXT_OPTIONS.join(', ')})`, 1);
  const posters = [];
  const problems = [];
  const names = new Map();
  rows.forEach((row, index) => {
    const where = `${values.desks} row ${index + 2}: `;
    const checked = checkedContext(Object.fromEntries(Object.entries(row).filter(([, value]) => value !== '')), where);
    if (checked.problems) return problems.push(...checked.problems);
    if (!checked.context.desk) return problems.push(`${where}desk is missing (each row is one desk's poster)`);
    const name = `${fileNameOf(checked.context.desk)}.${format}`;
    if (names.has(name)) return problems.push(`${where}its desk makes the file name ${name}, as row ${names.get(name)} does; give the desks different names`);
    names.set(name, index + 2);
    posters.push({ name, context: checked.context });
  });
  if (problems.length > 0) fail(`nothing was written:\n${problems.join('\n')}`, 1);
  try {
    await mkdir(values['out-dir'], { recursive: true });
  } catch (error) {
    fail(`cannot create ${values['out-dir']}: ${error.message}`);
  }
  for (const poster of posters) {
    const { url, text } = render(format, poster.context);
    await write(join(values['out-dir'], poster.name), text);
    say(`${join(values['out-dir'], poster.name)}: ${poster.context.desk} → ${url}`);
  }
} else {
  if (!values.out) fail(`--out is missing: the poster's file (poster.svg or poster.html), or --desks with --out-dir\n\n${USAGE}`);
  const checked = checkedContext({}, '');
  if (checked.problems) fail(`nothing was written:\n${checked.problems.join('\n')}`, 1);
  const { url, text } = render(formatOf(values.out), checked.context);
  await write(values.out, text);
  say(`${values.out}: ${url}`);
}
