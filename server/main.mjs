#!/usr/bin/env node
// The reference receiver on its own, as a commune runs it (docs/backend.md):
//   RECEIVER_TOKEN=… node server/main.mjs [--import responses.ndjson]… [--definition questionnaire.json]…
// Settings from the environment: HOST, PORT, RECEIVER_TOKEN, DATABASE_URL (a PostgreSQL server; PGlite when
// unset), SIPAS_DATA_DIR (PGlite's files). `--import` stores the responses of NDJSON files before serving; lines
// already stored are counted as duplicates, so an import can be run again safely. `--definition` adds a commune's own
// questionnaire to the built-in ones that /api/results and /api/counts score, as sipas-score's option does.
import { configFromEnv, startReceiverServer, stopOnSignals } from './start.mjs';

const valuesOf = (option) => process.argv.flatMap((arg, index, all) => (arg === option && all[index + 1] ? [all[index + 1]] : []));
const imports = valuesOf('--import');

let config;
try {
  config = configFromEnv();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (!config.token) console.warn('sipas receiver: RECEIVER_TOKEN is not set, so reading (GET /api/responses, /api/stats, /api/results, /api/counts) is closed.');
else if (config.token.length < 16) console.warn('sipas receiver: RECEIVER_TOKEN is short; use a long random one (e.g. `openssl rand -base64 32`).');

let definitions;
try {
  const { loadDefinitions } = await import('../bin/lib/definitions.mjs');
  definitions = await loadDefinitions(valuesOf('--definition'));
} catch (error) {
  console.error(`sipas receiver: ${error.message}`);
  process.exit(2);
}

let started;
try {
  started = await startReceiverServer(config, { receiver: { definitions } });
} catch (error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} is in use; choose another with PORT=…` : `sipas receiver: ${error.message}`);
  process.exit(1);
}
stopOnSignals(started.stop);
console.log(`sipas receiver: listening on ${started.url}/api/responses`);
for (const file of imports) {
  try {
    const summary = await started.receiver.importFile(file);
    console.log(`sipas receiver: imported ${file}: ${summary.accepted} new, ${summary.duplicates} already stored, ${summary.rejectedCount} refused`);
    for (const { line, reason } of summary.rejected) console.log(`  line ${line}: ${reason}`);
  } catch (error) {
    console.error(`sipas receiver: import of ${file} stopped: ${error.message} (${error.summary?.accepted ?? 0} stored before)`);
  }
}
