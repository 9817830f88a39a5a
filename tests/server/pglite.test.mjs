// The receiver's contract on PGlite, the database `npm start` uses: in a data directory, as a commune runs it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../../server/database.mjs';
import { receiverContract } from './receiver-contract.mjs';

let dir;
receiverContract('PGlite', {
  async open() {
    dir = await mkdtemp(join(tmpdir(), 'sipas-pglite-'));
    return openPglite(join(dir, 'data'));
  },
  async close(database) {
    await database?.close();
    await rm(dir, { recursive: true, force: true });
  },
});
