// Where responses live: the table `sipas_responses` (server/migrations/001-sipas-responses.sql), one row per
// response, in a PostgreSQL schema (`public` unless told otherwise). The store brings the schema up to date with the
// numbered migrations before its first use, and never keeps responses in memory: every count and read asks the
// database, so what it says is what is stored.
import { readdir, readFile } from 'node:fs/promises';

const MIGRATIONS = new URL('./migrations/', import.meta.url);
/** After a failed start (database down, a migration refused), how long requests fail at once before trying again. */
const RETRY_OPEN_MS = 2000;

/** A name quoted as a PostgreSQL identifier. */
export function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

/** The store could not do what was asked (database down, disk full, a migration that failed): worth a retry later. */
export class StoreUnavailableError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The migrations shipped with the receiver, in order: files named `<number>-<name>.sql`. */
async function migrationFiles() {
  const files = (await readdir(MIGRATIONS)).filter((file) => /^\d+-[\w-]+\.sql$/.test(file));
  return files
    .map((file) => ({ version: Number.parseInt(file, 10), file }))
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies the migrations not yet recorded in `sipas_migrations`, each in a transaction of its own together with
 * its record, so a migration is either wholly applied and recorded or not at all. Concurrent starts on one server
 * wait for each other (an advisory lock). Returns the versions applied now.
 */
export async function migrate(database, schema) {
  const applied = [];
  for (const { version, file } of await migrationFiles()) {
    const sql = await readFile(new URL(file, MIGRATIONS), 'utf8');
    await database.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sipas-migrations:${schema}`]);
      await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await tx.query("SELECT set_config('search_path', $1, true)", [quoteIdent(schema)]);
      await tx.exec('CREATE TABLE IF NOT EXISTS sipas_migrations (version integer PRIMARY KEY, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = await tx.query('SELECT 1 FROM sipas_migrations WHERE version = $1', [version]);
      if (done.rows.length > 0) return;
      try {
        await tx.exec(sql);
      } catch (error) {
        throw new Error(`migration ${file} failed and was rolled back (nothing of it applied, no stored response touched): ${error.message}`, { cause: error });
      }
      await tx.query('INSERT INTO sipas_migrations (version, file) VALUES ($1, $2)', [version, file]);
      applied.push(file);
    });
  }
  return applied;
}

// The cut columns, read from each response in SQL so there is one place that says where they come from.
const INSERT_RESPONSES = `
  INSERT INTO sipas_responses (response_id, response, questionnaire_id, questionnaire_version, agency_code, agency_name,
    procedure_code, procedure_name, field, channel, desk, collection_mode, submitted_at)
  SELECT (r->>'responseId')::uuid, r, r#>>'{questionnaire,id}', r#>>'{questionnaire,version}',
    r#>>'{context,agencyCode}', r#>>'{context,agencyName}', r#>>'{context,procedureCode}', r#>>'{context,procedureName}',
    r#>>'{context,field}', r#>>'{context,channel}', r#>>'{context,desk}', coalesce(r#>>'{collection,mode}', 'online'),
    (r->>'submittedAt')::timestamptz
  FROM jsonb_array_elements($1::jsonb) AS batch(r)
  ON CONFLICT (response_id) DO NOTHING
  RETURNING response_id::text AS id`;

/**
 * A store over `database` (see server/database.mjs) in `schema`. It opens lazily: the first call migrates; when
 * that fails (the database is down, a migration is refused), calls fail with StoreUnavailableError and the next
 * call after a short pause tries again, so a receiver starts, and recovers, whatever state its database is in.
 */
export function createStore(database, { schema = 'public', retryOpenMs = RETRY_OPEN_MS, log = console } = {}) {
  let opening;
  let failure;
  let failedAt = 0;

  function open() {
    if (failure && Date.now() - failedAt < retryOpenMs) return Promise.reject(failure);
    opening ??= migrate(database, schema).then(
      (applied) => {
        if (applied.length > 0) log.info?.(`sipas receiver: applied migrations ${applied.join(', ')} in schema ${schema}`);
        failure = undefined;
      },
      (error) => {
        opening = undefined;
        failedAt = Date.now();
        failure = new StoreUnavailableError(`the response store cannot be opened: ${error.message}`, { cause: error });
        log.error?.(`sipas receiver: ${failure.message}`);
        throw failure;
      },
    );
    return opening;
  }

  /** Runs `work` in a transaction in this store's schema; any database error becomes StoreUnavailableError. */
  async function inSchema(work, { readOnly = false } = {}) {
    await open();
    try {
      return await database.transaction(async (tx) => {
        if (readOnly) await tx.query('SET TRANSACTION READ ONLY');
        await tx.query("SELECT set_config('search_path', $1, true)", [quoteIdent(schema)]);
        return work(tx);
      });
    } catch (error) {
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(`the response store failed: ${error.message}`, { cause: error });
    }
  }

  return {
    /** Resolves once the schema is up to date; rejects with the reason when it cannot be. */
    ready: open,

    /** Stores the responses whose id is not stored yet; returns the set of ids stored now (lower case). */
    async insert(responses) {
      if (responses.length === 0) return new Set();
      const result = await inSchema((tx) => tx.query(INSERT_RESPONSES, [JSON.stringify(responses)]));
      return new Set(result.rows.map((row) => row.id));
    },

    async count() {
      const result = await inSchema((tx) => tx.query('SELECT count(*)::integer AS n FROM sipas_responses'), { readOnly: true });
      return result.rows[0].n;
    },

    /** The stored responses as JSON text, in the order they arrived, `pageSize` at a time (one query each). */
    async *pages(pageSize = 1000) {
      let after;
      for (;;) {
        const result = await inSchema((tx) =>
          tx.query(
            `SELECT response::text AS line, received_at::text AS at, response_id::text AS id FROM sipas_responses
             WHERE $1::timestamptz IS NULL OR (received_at, response_id) > ($1::timestamptz, $2::uuid)
             ORDER BY received_at, response_id LIMIT $3`,
            [after?.at ?? null, after?.id ?? null, pageSize],
          ),
          { readOnly: true },
        );
        if (result.rows.length === 0) return;
        yield result.rows.map((row) => row.line);
        after = result.rows.at(-1);
        if (result.rows.length < pageSize) return;
      }
    },

    /** Runs read-only SQL (e.g. generated index queries) against this store's schema, in a read-only transaction. */
    query: (sql, params) => inSchema((tx) => tx.query(sql, params), { readOnly: true }),

    /**
     * Runs `work(tx)` in one transaction in this store's schema that may create temporary tables (ON COMMIT DROP),
     * which a read-only one may not: the scoring routes compute the counts into one, then the indices from it.
     */
    scratch: (work) => inSchema(work),
  };
}
