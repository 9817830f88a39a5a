// The two databases the receiver runs on, behind one small interface: PGlite (PostgreSQL compiled to WebAssembly,
// in this process, its files in a data directory) by default, or a PostgreSQL server through `pg` when a
// DATABASE_URL is given. Both speak the same SQL, so everything above this file is written once.
//
// A database here is { kind, transaction(work), close() }: `work(tx)` gets `tx.query(sql, params)` (one statement,
// answers { rows }) and `tx.exec(sql)` (a script of several statements); it runs in one transaction, committed when
// `work` resolves and rolled back when it throws.
import { mkdir } from 'node:fs/promises';

/** Opens PGlite in `dataDir` (created when missing), or in memory when `dataDir` is undefined. */
export async function openPglite(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params), exec: (sql) => tx.exec(sql) })),
    close: () => db.close(),
  };
}

/** Connects to a PostgreSQL server; connections are opened on demand, so a server that is down now may be up later. */
export async function openPostgres(databaseUrl) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server (a restart, a failover) is an event, not a reason to stop the process:
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost (${error.message}); the next request reconnects`));
  return {
    kind: 'postgres',
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => client.query(sql, params), exec: (sql) => client.query(sql) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** The database the configuration names: PostgreSQL for a postgres:// URL, else PGlite in `dataDir`. */
export function openDatabase({ databaseUrl, dataDir }) {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    return openPostgres(databaseUrl);
  }
  return openPglite(dataDir);
}
