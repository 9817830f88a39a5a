// Runs the real command-line tools (bin/sipas-score.mjs, bin/sipas-validate.mjs, bin/sipas-sql.mjs on the built dist/) for browser
// tests: POST /__cli/<command> with a JSON body
//   { args: string[], stdin?: string, stdinBase64?: string, files?: { [name]: base64 }, stdout?: path }
// Each run gets a fresh temporary folder holding `files`; "{dir}" in an argument (or in `stdout`) stands for it.
// `stdout` sends the command's standard output to that file (e.g. /dev/full) instead of collecting it.
// Answers { code, signal, stdout, stderr, files: { [name]: base64 } } with every file in the folder after the run,
// so a test can check what --out wrote. A run is killed after 60 s (code null, signal "SIGKILL") rather than hang.
import { spawn } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const commands = {
  'sipas-score': fileURLToPath(new URL('../../bin/sipas-score.mjs', import.meta.url)),
  'sipas-validate': fileURLToPath(new URL('../../bin/sipas-validate.mjs', import.meta.url)),
  'sipas-poster': fileURLToPath(new URL('../../bin/sipas-poster.mjs', import.meta.url)),
  'sipas-sql': fileURLToPath(new URL('../../bin/sipas-sql.mjs', import.meta.url)),
};

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const collect = (stream) =>
  new Promise((resolve) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

async function filesIn(dir) {
  const files = {};
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) files[name] = (await readFile(path)).toString('base64');
  }
  return files;
}

async function run(script, request) {
  const dir = await mkdtemp(join(tmpdir(), 'sipas-cli-test-'));
  try {
    for (const [name, base64] of Object.entries(request.files ?? {})) await writeFile(join(dir, name), Buffer.from(base64, 'base64'));
    const inDir = (text) => text.replaceAll('{dir}', dir);
    const stdoutFile = request.stdout ? await open(inDir(request.stdout), 'w') : undefined;
    try {
      const child = spawn(process.execPath, [script, ...(request.args ?? []).map(inDir)], { stdio: ['pipe', stdoutFile?.fd ?? 'pipe', 'pipe'] });
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
      const output = Promise.all([child.stdout ? collect(child.stdout) : '', collect(child.stderr)]);
      // A command that stops reading early closes its standard input; that is its business, not an error here.
      child.stdin.on('error', () => {});
      child.stdin.end(request.stdinBase64 ? Buffer.from(request.stdinBase64, 'base64') : (request.stdin ?? ''));
      const [[stdout, stderr], { code, signal }] = await Promise.all([output, exited]);
      clearTimeout(killer);
      return { code, signal, stdout, stderr, files: await filesIn(dir) };
    } finally {
      await stdoutFile?.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function commandLineTools(context, next) {
  const match = /^\/__cli\/([\w-]+)$/.exec(context.path);
  if (!match || context.method !== 'POST' || !commands[match[1]]) return next();
  context.type = 'application/json';
  context.body = JSON.stringify(await run(commands[match[1]], await readBody(context.req)));
}
