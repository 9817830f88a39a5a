// A throwaway PostgreSQL server for the tests: a new cluster in a temporary folder, on a free port of 127.0.0.1,
// stopped and deleted afterwards. PostgreSQL refuses to run as root, so under root it runs as the user `nobody`.
// When the server programs are missing, starting fails with what to install: the tests never skip.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const INSTALL_HINT =
  'PostgreSQL\'s server programs (initdb, pg_ctl) were not found; the receiver\'s tests start a throwaway PostgreSQL server with them. ' +
  'Install them: `sudo apt-get install postgresql` (Debian, Ubuntu), `sudo dnf install postgresql-server` (Fedora), `brew install postgresql` (macOS); ' +
  'or set PG_BIN to the folder that holds initdb and pg_ctl.';

/** The folder holding initdb and pg_ctl: PG_BIN, the PATH, or Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(env = process.env) {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`)
    : [];
  const candidates = [env.PG_BIN, ...(env.PATH ?? '').split(delimiter), ...debian].filter(Boolean);
  const bin = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!bin) throw new Error(INSTALL_HINT);
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server; resolves to `{ url, stop() }`. `url` connects as the superuser `postgres`, without password. */
export async function startPostgres() {
  const bin = findPostgresBin();
  const dir = await mkdtemp(join(tmpdir(), 'sipas-postgres-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chown(dir, 65534, 65534);
  // runuser keeps the environment; a HOME nobody may read keeps initdb from complaining about /root.
  const exec = (program, args) =>
    run(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'nobody', '--', join(bin, program), ...args] : args, { cwd: dir, env: { ...process.env, HOME: dir, LC_ALL: 'C' } });
  try {
    await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
    const port = await freePort();
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off`;
    await exec('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '120', 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`could not start a throwaway PostgreSQL server: ${error.stderr || error.message}`);
  }
}
