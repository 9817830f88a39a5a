// Test-runner commands for the build tests, run in Node on request of a test (executeServerCommand):
// compressed sizes of built files, and the list of files `npm pack` would publish.
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

const commands = { 'compressed-size': compressedSizes, 'npm-pack-list': packList };

export function buildCommandsPlugin() {
  return {
    name: 'sipas-build-commands',
    executeCommand({ command, payload }) {
      return commands[command] ? commands[command](payload) : undefined;
    },
  };
}
