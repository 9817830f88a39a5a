// The receiver's contract and its scoring routes on PGlite, the database `npm start` uses: in a data directory, as a
// commune runs it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../../server/database.mjs';
import { receiverContract } from './receiver-contract.mjs';
import { resultsContract } from './results-contract.mjs';

const dirs = new Map();
const inDataDirectory = {
  async open() {
    const dir = await mkdtemp(join(tmpdir(), 'sipas-pglite-'));
    const database = await openPglite(join(dir, 'data'));
    dirs.set(database, dir);
    return database;
  },
  async close(database) {
    await database?.close();
    await rm(dirs.get(database), { recursive: true, force: true });
  },
};
receiverContract('PGlite', inDataDirectory);
resultsContract('PGlite', inDataDirectory);
