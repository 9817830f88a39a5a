import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './tests/support/summary-reporter.mjs';
import { testMiddleware, testReceiversPlugin } from './tests/support/middleware.mjs';
import { buildCommandsPlugin } from './tests/build/server-commands.mjs';
import { defaultReporter } from '@web/test-runner';
import { accessibilityTreePlugin } from './tests/support/a11y-tree-plugin.mjs';
import { offlineCommandPlugin } from './tests/support/offline-command.mjs';
import { printCommandPlugin } from './tests/support/print-command.mjs';
import { sqlServerPlugin } from './tests/support/sql-routes.mjs';

// The tests drive a real Chromium: the machine's (/usr/bin/chromium) unless CHROME_PATH names another.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  middleware: testMiddleware,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), buildCommandsPlugin(), accessibilityTreePlugin(), offlineCommandPlugin(), testReceiversPlugin(), printCommandPlugin(), sqlServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames, resize observations or keyboard focus, which
  // the layout and keyboard-only tests need.
  concurrency: 1,
  // A test that hangs fails after 30 s: a hang detector with room for a loaded shared machine, never a timing budget.
  testFramework: { config: { timeout: 30000 } },
  // Keyboard-only runs press a few hundred real keys; give a slow shared machine room.
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), summaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
