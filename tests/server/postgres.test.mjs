// The receiver's contract on a real PostgreSQL server, started for this file and stopped after it.
import { openPostgres } from '../../server/database.mjs';
import { startPostgres } from '../support/postgres-server.mjs';
import { receiverContract } from './receiver-contract.mjs';

let server;
receiverContract('PostgreSQL', {
  async open() {
    server = await startPostgres();
    return openPostgres(server.url);
  },
  async close(database) {
    await database?.close();
    await server?.stop();
  },
});
