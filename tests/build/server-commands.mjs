// Test-runner commands for the build tests, run in Node on request of a test (executeServerCommand):
// compressed sizes of built files, the list of files `npm pack` would publish, and the framework typings' check.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { compressedSize } from '../../bench/compressed-size.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist') + sep;

/** Sizes (raw, gzip -9, brotli -11) of files under /dist/, named by their URL path as a page requests them. */
async function compressedSizes({ paths }) {
  const sizes = {};
  for (const path of paths) {
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(dist)) throw new Error(`compressed-size: ${path} is not under /dist/`);
    sizes[path] = compressedSize(await readFile(file));
  }
  return sizes;
}

/** The paths `npm pack` would put in the package, read from its dry run (no scripts run, nothing written). */
async function packList() {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, maxBuffer: 16 << 20 });
  return JSON.parse(stdout)[0].files.map((file) => file.path);
}

/**
 * Type-checks the framework examples and their mistake files as a portal's strict setup would (tsc for React's
 * and Preact's .tsx, vue-tsc for Vue's .vue; tsconfigs in tests/frameworks/typings/); resolves to each checker's exit code and output.
 */
async function typecheckExamples() {
  const check = async (checker, project) => {
    try {
      await promisify(execFile)(join(root, 'node_modules/.bin', checker), ['-p', project], { cwd: root, maxBuffer: 16 << 20 });
      return { code: 0, output: '' };
    } catch (error) {
      return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
    }
  };
  const [react, preact, vue] = await Promise.all([
    check('tsc', 'tests/frameworks/typings/tsconfig.react.json'),
    check('tsc', 'tests/frameworks/typings/tsconfig.preact.json'),
    check('vue-tsc', 'tests/frameworks/typings/tsconfig.vue.json'),
  ]);
  return { react, preact, vue };
}

/**
 * The test runner gives a command 20 s to answer and the two compilers can take a minute on a busy machine, so the
 * check starts with one command and its result is polled with another (each waits at most 10 s, then answers `{ pending: true }`).
 */
let examplesCheck;
const startTypecheckExamples = () => {
  examplesCheck = typecheckExamples();
  return true;
};
const typecheckExamplesResult = () =>
  Promise.race([examplesCheck ?? Promise.reject(new Error('typecheck-examples-start was not called')), new Promise((resolve) => setTimeout(() => resolve({ pending: true }), 10_000))]);

const commands = { 'compressed-size': compressedSizes, 'npm-pack-list': packList, 'typecheck-examples-start': startTypecheckExamples, 'typecheck-examples-result': typecheckExamplesResult };

export function buildCommandsPlugin() {
  return {
    name: 'sipas-build-commands',
    executeCommand({ command, payload }) {
      return commands[command] ? commands[command](payload) : undefined;
    },
  };
}
