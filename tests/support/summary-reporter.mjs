// Writes "N passed, N failed" as the very last line of a run, so CI logs end with a line that can be read; under
// scripts/test.mjs (SIPAS_TEST_TOTALS names a file) it writes the totals there instead, to be added to the others.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  let erroredFiles = 0;
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure, never as silence.
        if (!session.passed && (session.errors?.length ?? 0) > 0) erroredFiles += 1;
      }
      process.on('exit', () => {
        const failed = totals.failed + erroredFiles;
        if (process.env.SIPAS_TEST_TOTALS) {
          writeFileSync(process.env.SIPAS_TEST_TOTALS, JSON.stringify({ ...totals, failed }));
          return;
        }
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\n${totals.passed} passed, ${failed} failed${skipped}\n`);
      });
    },
  };
}
