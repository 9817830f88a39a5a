// The tests of `npm test` (after the type check and the build): the browser tests in Chromium (web-test-runner,
// tests/**/*.test.ts) and the receiver's tests in Node (node --test, tests/server/*.test.mjs), which start the
// receiver and a throwaway PostgreSQL server. Ends with one line "N passed, N failed" for both, which .ci/run reads.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'sipas-test-totals-'));

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.once('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
  });
}

/** The totals a run wrote, or one failure when it wrote none (it crashed before reporting). */
function totals(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

const browserTotals = join(scratch, 'browser.json');
const browserStatus = await run(join(root, 'node_modules', '.bin', 'web-test-runner'), [], { SIPAS_TEST_TOTALS: browserTotals });

const serverTotals = join(scratch, 'server.json');
const serverTests = readdirSync(join(root, 'tests', 'server')).filter((file) => file.endsWith('.test.mjs')).map((file) => join('tests', 'server', file));
console.log(`\nThe receiver's tests in Node (${serverTests.length} files; they start PostgreSQL servers of their own):`);
const serverStatus = await run(process.execPath, [
  '--test',
  '--test-timeout=900000',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${join(root, 'tests', 'support', 'node-test-totals.mjs')}`,
  `--test-reporter-destination=${serverTotals}`,
  ...serverTests,
]);

const all = [totals(browserTotals), totals(serverTotals)];
rmSync(scratch, { recursive: true, force: true });
const sum = (key) => all.reduce((total, counts) => total + counts[key], 0);
const failed = sum('failed') + (browserStatus !== 0 && all[0].failed === 0 ? 1 : 0) + (serverStatus !== 0 && all[1].failed === 0 ? 1 : 0);
const skipped = sum('skipped') ? `, ${sum('skipped')} skipped` : '';
console.log(`\n${sum('passed')} passed, ${failed} failed${skipped}`);
process.exit(failed > 0 ? 1 : 0);
