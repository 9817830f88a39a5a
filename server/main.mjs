#!/usr/bin/env node
// The reference receiver on its own, as a commune runs it (docs/backend.md):
//   RECEIVER_TOKEN=… node server/main.mjs [--import responses.ndjson]…
// Settings from the environment: HOST, PORT, RECEIVER_TOKEN, DATABASE_URL (a PostgreSQL server; PGlite when
// unset), SIPAS_DATA_DIR (PGlite's files). `--import` stores the responses of NDJSON files before serving; lines
// already stored are counted as duplicates, so an import can be run again safely.
import { configFromEnv, startReceiverServer, stopOnSignals } from './start.mjs';

const imports = process.argv.flatMap((arg, index, all) => (arg === '--import' && all[index + 1] ? [all[index + 1]] : []));

let config;
try {
  config = configFromEnv();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (!config.token) console.warn('sipas receiver: RECEIVER_TOKEN is not set, so reading responses (GET /api/responses, /api/stats) is closed.');
else if (config.token.length < 16) console.warn('sipas receiver: RECEIVER_TOKEN is short; use a long random one (e.g. `openssl rand -base64 32`).');

let started;
try {
  started = await startReceiverServer(config);
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
