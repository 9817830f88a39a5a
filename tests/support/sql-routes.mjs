// Routes /__sql/score and /__sql/postgres-query, run in Node on request of a browser test (POST, JSON in and out;
// routes rather than test-runner commands, which give up after 20 s): stores responses in a database
// (DuckDB embedded, or a throwaway PostgreSQL server started on first use and stopped with the test server), runs
// the generated SQL (dist/scoring, so `npm run build` first) and answers the counts and index rows. Lets a test
// compare the SQL with the library on the same data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { startPostgres } from './postgres-server.mjs';

let postgres;
let schemas = 0;

/** Rows with JSON text and big integers read back as the values they are. */
const plainRow = (row) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key === 'cut' && typeof value === 'string' ? JSON.parse(value) : typeof value === 'bigint' ? Number(value) : key === 'count' || key === 'n' ? Number(value) : value]));

async function onDuckDb(lines, sql) {
  const dir = mkdtempSync(join(tmpdir(), 'sipas-duckdb-'));
  try {
    const file = join(dir, 'responses.ndjson');
    writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(sql.table);
    // The table's other columns are the receiver's business; the SQL reads only `response`.
    await connection.run(`INSERT INTO sipas_responses (response_id, response, questionnaire_id, questionnaire_version, submitted_at)
      SELECT gen_random_uuid(), json, '', '', now() FROM read_ndjson_objects('${file.replaceAll("'", "''")}')`);
    const read = async (query) => (await connection.runAndReadAll(query)).getRowObjectsJS().map(plainRow);
    // Counts once into a table, the indices from it: what a province does with its communes' counts.
    await connection.run(`CREATE TEMP TABLE sipas_counts AS ${sql.counts}`);
    const result = { counts: await read('SELECT * FROM sipas_counts'), indices: await read(sql.indices) };
    connection.closeSync();
    db.closeSync();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `work(client)` on the throwaway PostgreSQL server (started on first use) in a schema of its own. */
async function inFreshSchema(work) {
  postgres ??= startPostgres();
  const { url } = await postgres;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA run${++schemas}; SET search_path TO run${schemas}`);
    return await work(client);
  } finally {
    await client.end();
  }
}

function onPostgres(lines, sql) {
  return inFreshSchema(async (client) => {
    await client.query(sql.table);
    await client.query(INSERT_LINES, [lines]);
    const read = async (query) => (await client.query(query)).rows.map(plainRow);
    // Here the one statement from responses to indices; on DuckDB counts stored as a table, then the indices.
    return { counts: await read(sql.counts), indices: await read(sql.results) };
  });
}

/** { dialect, definitions, lines, by, period, minN } → { sql, counts, indices } */
async function sqlScore({ dialect, definitions, lines, by, period, minN }) {
  const [{ generateSql }, { parseDefinition }] = await Promise.all([import('../../dist/scoring/index.js'), import('../../dist/model/definition.js')]);
  const parsed = definitions.map((input) => {
    const result = parseDefinition(input);
    if (!result.ok) throw new Error(`not a definition: ${JSON.stringify(result.problems)}`);
    return result.definition;
  });
  const sql = generateSql(parsed, { dialect, by, period, minN });
  return dialect === 'postgres' ? onPostgres(lines, sql) : onDuckDb(lines, sql);
}

/** Stores responses (NDJSON lines) as the receiver would, with the columns the table requires. */
const INSERT_LINES = `INSERT INTO sipas_responses (response_id, response, questionnaire_id, questionnaire_version, submitted_at)
  SELECT gen_random_uuid(), value::jsonb, '', '', now() FROM unnest($1::text[]) AS value`;

/**
 * Runs SQL texts on the throwaway PostgreSQL server in a fresh schema, `lines` stored after the first (which creates
 * the table); answers the rows of the last.
 */
function postgresQuery({ statements, lines }) {
  return inFreshSchema(async (client) => {
    let rows = [];
    for (const [i, statement] of statements.entries()) {
      rows = (await client.query(statement)).rows;
      if (i === 0 && lines) await client.query(INSERT_LINES, [lines]);
    }
    return { rows };
  });
}

const routes = { '/__sql/score': sqlScore, '/__sql/postgres-query': postgresQuery };

/** The koa middleware; an error is answered as { error } with status 500, for the test to throw. */
export async function sqlRoutes(context, next) {
  const route = routes[context.path];
  if (!route || context.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  context.type = 'application/json';
  try {
    context.body = JSON.stringify(await route(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
  } catch (error) {
    context.status = 500;
    context.body = JSON.stringify({ error: String(error?.stack ?? error) });
  }
}

/** Stops the throwaway PostgreSQL server with the test server. */
export function sqlServerPlugin() {
  return {
    name: 'sipas-sql-server',
    async serverStop() {
      if (postgres) await (await postgres).stop();
    },
  };
}
