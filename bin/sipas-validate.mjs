#!/usr/bin/env node
// sipas-validate: checks questionnaire definition files (JSON) with the same parser the widget uses, and prints
// every problem with its path. Uses the compiled library in dist/ (npm run build).
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { JSON_FILE_LIMITS } from '../dist/controllers/load-json.js';
import { parseDefinition } from '../dist/model/definition.js';
import { listItems } from '../dist/model/items.js';

const USAGE = `Usage: sipas-validate FILE.json [FILE.json …]

Checks each questionnaire definition the way <sipas-survey> does (schema, cross-checks, size limits) and prints
every problem with its path, e.g. "sections[2].items[4].scale expected 3 or 5 levels".

Exit status: 0 every file is valid, 1 some file is not (or is not JSON), 2 usage error or unreadable file.`;

/** What is wrong with one file, or the parsed definition. */
async function check(file) {
  const { size } = await stat(file);
  if (size > JSON_FILE_LIMITS.maxBytes) {
    return { problems: [{ path: '(file)', message: `is ${size} bytes; at most ${JSON_FILE_LIMITS.maxBytes} are accepted` }] };
  }
  let input;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { problems: [{ path: '(file)', message: `is not JSON: ${error.message}` }] };
  }
  const result = parseDefinition(input);
  return result.ok ? { definition: result.definition } : { problems: result.problems };
}

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
  let outcome;
  try {
    outcome = await check(file);
  } catch (error) {
    console.error(`${file}: cannot be read: ${error.message}`);
    status = 2;
    continue;
  }
  if (outcome.definition) {
    const { id, version } = outcome.definition;
    console.log(`${file}: valid (${id} ${version}, ${listItems(outcome.definition).length} items)`);
  } else {
    console.log(`${file}: ${outcome.problems.length} ${outcome.problems.length === 1 ? 'problem' : 'problems'}`);
    for (const { path, message } of outcome.problems) console.log(`  ${path} ${message}`);
    status = Math.max(status, 1);
  }
}
process.exit(status);
