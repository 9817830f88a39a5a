// The receiver's contract and its scoring routes on a real PostgreSQL server, started for this file and stopped after it.
import { after } from 'node:test';
import { openPostgres } from '../../server/database.mjs';
import { startPostgres } from '../support/postgres-server.mjs';
import { receiverContract } from './receiver-contract.mjs';
import { resultsContract } from './results-contract.mjs';

let server;
const onServer = {
  async open() {
    server ??= startPostgres();
    return openPostgres((await server).url);
  },
  close: (database) => database?.close(),
};
receiverContract('PostgreSQL', onServer);
resultsContract('PostgreSQL', onServer);
after(async () => (await server)?.stop());
