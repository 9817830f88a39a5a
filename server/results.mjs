// The indices and the counts computed where the responses are: GET /api/results and GET /api/counts run the SQL
// that sipas-sql generates on the store's database, PGlite or PostgreSQL alike. The counts are computed once into
// a temporary table (dropped at the end of the transaction), and the indices from that table: the same two steps a
// province takes with its communes' counts, so one scan of the responses serves both.

/** A query parameter that is not accepted; its message says what is. */
export class QueryError extends Error {}

const QUERY_PARAMETERS = { results: ['by', 'period', 'min-n'], counts: ['by', 'period', 'format'] };
const COUNTS_FORMATS = ['json', 'csv'];

/** Database rows as the library's rows: PostgreSQL's bigint arrives as text (pg) or BigInt (PGlite), `cut` as JSON. */
const countRow = (row) => ({ ...row, count: Number(row.count) });
const indexRow = (row) => ({ ...row, n: Number(row.n), cut: typeof row.cut === 'string' ? JSON.parse(row.cut) : row.cut });

/**
 * Scoring over `store` (server/store.mjs) for `definitions`, with `library` (dist/scoring/index.js, loaded by the
 * caller so that this file loads before a build). `query(url, route)` reads a request's options (QueryError when
 * one is wrong); `counts(options)` resolves to the count rows; `results(options)` to the same object
 * `sipas-score --format json` prints for the same responses and options.
 */
export function createScoring(store, definitions, { generateSql, parseCutOptions, resultsFromSql }) {
  /** Computes the counts into the temporary table sipas_counts, then runs `work(tx, sql)` on it. */
  function withCounts({ by, period, minN }, work) {
    const sql = generateSql(definitions, { dialect: 'postgres', by, period, minN });
    return store.scratch(async (tx) => {
      await tx.query(`CREATE TEMPORARY TABLE sipas_counts ON COMMIT DROP AS ${sql.counts}`);
      return work(tx, sql);
    });
  }

  return {
    query(url, route) {
      const query = new URL(url, 'http://receiver.invalid').searchParams;
      const known = QUERY_PARAMETERS[route];
      for (const name of new Set(query.keys())) {
        if (!known.includes(name)) throw new QueryError(`"${name}" is not a parameter of /api/${route}; use ${known.join(', ')}`);
        if (query.getAll(name).length > 1) throw new QueryError(`give ${name} once (several cuts go in one: by=agencyCode,mode)`);
      }
      const format = query.get('format') ?? 'json';
      if (!COUNTS_FORMATS.includes(format)) throw new QueryError(`format must be ${COUNTS_FORMATS.join(' or ')}, not "${format}"`);
      const text = (name) => query.get(name) ?? undefined;
      try {
        // Read as sipas-score reads --by, --period and --min-n.
        return { ...parseCutOptions({ by: text('by'), period: text('period'), minN: text('min-n') }, (option) => option), format };
      } catch (error) {
        throw new QueryError(error.message);
      }
    },

    counts: (options) => withCounts({ ...options, minN: 0 }, async (tx) => (await tx.query('SELECT * FROM sipas_counts')).rows.map(countRow)),

    results: (options) =>
      withCounts(options, async (tx, sql) => {
        // Besides the index rows, only the responses per group and the refusals are read.
        const counts = (await tx.query("SELECT * FROM sipas_counts WHERE measure IN ('responses', 'rejected')")).rows.map(countRow);
        const rows = (await tx.query(sql.indices)).rows.map(indexRow);
        return resultsFromSql(counts, rows, definitions, options);
      }),
  };
}
