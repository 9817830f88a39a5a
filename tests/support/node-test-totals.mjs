// A node:test reporter that writes the run's totals as JSON ({ passed, failed, skipped }), for scripts/test.mjs to
// add to the browser tests' totals. Suites are not counted, their tests are; a file that fails to load counts as
// a failure.
export default async function* totals(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
