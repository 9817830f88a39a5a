// Runs the real sipas-score command line (bin/sipas-score.mjs on the built dist/) for browser tests:
// POST /__cli/sipas-score?arg=…&arg=… with the NDJSON as the body (its standard input); answers
// { code, stdout, stderr } as JSON. Lets a test compare the CLI with the library and <sipas-report> on the same data.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../bin/sipas-score.mjs', import.meta.url));

export async function sipasScoreCli(context, next) {
  if (context.path !== '/__cli/sipas-score' || context.method !== 'POST') return next();
  const args = new URL(context.url, 'http://localhost').searchParams.getAll('arg');
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const collect = (stream) => new Promise((resolve) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
  const output = Promise.all([collect(child.stdout), collect(child.stderr), new Promise((resolve) => child.on('close', resolve))]);
  context.req.pipe(child.stdin);
  const [stdout, stderr, code] = await output;
  context.type = 'application/json';
  context.body = JSON.stringify({ code, stdout, stderr });
}
