#!/usr/bin/env node
// sipas-validate: checks questionnaire definition files (JSON) with the same reader and parser the widget uses, and
// prints every problem with its path. Uses the compiled library in dist/ (npm run build).
import { parseArgs } from 'node:util';

// Loaded here rather than imported statically, so that a missing build is a usage error (exit 2), not a crash (exit 1).
let library;
try {
  library = await Promise.all([import('../dist/model/definition.js'), import('../dist/model/items.js'), import('../dist/scoring/format.js'), import('./lib/files.mjs')]);
} catch (error) {
  process.stderr.write(`sipas-validate: cannot load the library from dist/ (run "npm run build" first): ${error.message}\n`);
  process.exit(2);
}
const [{ parseDefinition }, { listItems }, { terminalText }, { UnreadableError, readJsonFile }] = library;

const USAGE = `Usage: sipas-validate FILE.json [FILE.json …]   ("-" reads standard input)

Checks each questionnaire definition the way <sipas-survey> does (UTF-8 JSON with or without a byte-order mark,
size limits, schema, cross-checks) and prints every problem with its path, e.g.
"sections[2].items[4].scale expected 3 or 5 levels", or the line and column of a JSON syntax error.

Exit status: 0 every file is valid, 1 some file is not (or is not JSON), 2 usage error or unreadable file.`;

/** Printed as is, minus anything a terminal would take as a command (a file may name itself anything). */
const say = (text) => process.stdout.write(`${terminalText(text)}\n`);

let files;
try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  files = positionals;
} catch (error) {
  console.error(`sipas-validate: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

let status = 0;
for (const file of files) {
  const name = file === '-' ? '(standard input)' : file;
  let read;
  try {
    read = await readJsonFile(file);
  } catch (error) {
    if (!(error instanceof UnreadableError)) throw error;
    process.stderr.write(`${terminalText(`sipas-validate: ${error.message}`)}\n`);
    status = 2;
    continue;
  }
  const result = read.ok ? parseDefinition(read.value) : { ok: false, problems: [{ path: '(file)', message: read.message }] };
  if (result.ok) {
    const { id, version } = result.definition;
    say(`${name}: valid (${id} ${version}, ${listItems(result.definition).length} items)`);
  } else {
    say(`${name}: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}`);
    for (const { path, message } of result.problems) say(`  ${path} ${message}`);
    status = Math.max(status, 1);
  }
}
process.exitCode = status;
