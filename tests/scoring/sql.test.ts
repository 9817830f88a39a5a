import { expect } from '@open-wc/testing';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { CUT_FIELDS, PERIODS, Scorer, computeResults, countRows, generateSql, indexRows, resultsFromIndexRows, groupRowKey, type CountRow, type CutField, type IndexRow, type Period, type ScoreResults } from '../../src/scoring/index.js';
import { definitions, lines } from './sql-fixtures.js';

/** The cuts tried: each period once, and every cut field at least once. */
const cutsTried: { by: CutField[]; period: Period | null }[] = [
  { by: [], period: null },
  { by: [...CUT_FIELDS], period: 'month' },
  { by: ['agencyCode', 'channel'], period: 'quarter' },
  { by: ['procedureCode'], period: 'year' },
];

interface SqlRun {
  counts: CountRow[];
  indices: IndexRow[];
}

async function sqlScore(dialect: 'postgres' | 'duckdb', by: CutField[], period: Period | null, minN: number): Promise<SqlRun> {
  return post('/__sql/score', { dialect, definitions, lines, by, period, minN });
}

/** Asks the test server to run SQL (tests/support/sql-routes.mjs); its error is thrown here. */
async function post<T>(path: string, body: unknown): Promise<T> {
  const reply = await fetch(path, { method: 'POST', body: JSON.stringify(body) });
  const answer = await reply.json();
  if (!reply.ok) throw new Error(answer.error);
  return answer as T;
}

function libraryScore(by: CutField[], period: Period | null, minN: number) {
  const scorer = new Scorer(definitions, { by, period });
  for (const line of lines) scorer.addLine(line);
  return { counts: scorer.counts, results: computeResults(scorer.counts, definitions, minN) };
}

/** Rows as sorted JSON texts, so that two sets of rows compare whatever their order. */
const canonical = (rows: readonly object[]): string[] =>
  rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)))).sort();

/** The results the index rows make, with the responses per group and rejections read from the SQL's counts. */
function resultsFromSql(run: SqlRun, by: CutField[], period: Period | null, minN: number): ScoreResults {
  const responses = new Map<string, number>();
  const rejected = { 'not-json': 0, 'invalid-response': 0, 'unknown-questionnaire': 0, 'answers-mismatch': 0 };
  for (const row of run.counts) {
    const cells = row as Record<string, string | number | null>;
    if (row.measure === 'rejected') rejected[row.answer as keyof typeof rejected] += row.count;
    if (row.measure !== 'responses') continue;
    const cut = Object.fromEntries([...by.map((f) => [f, cells[f] ?? null]), ...(period ? [['period', cells[period] ?? null]] : [])]);
    responses.set(groupRowKey(row.questionnaire_id!, row.questionnaire_version!, cut), row.count);
  }
  return resultsFromIndexRows(run.indices, definitions, { options: { by, period, utcOffsetMinutes: 420 }, minN, responses, rejected });
}

for (const dialect of ['duckdb', 'postgres'] as const) {
  describe(`the generated SQL on ${dialect === 'duckdb' ? 'DuckDB (embedded)' : 'PostgreSQL (a throwaway server)'}`, function () {
    this.timeout(180_000);
    for (const { by, period } of cutsTried) {
      const label = `${by.length ? `by ${by.join(', ')}` : 'no cut'}${period ? `, per ${period}` : ''}`;
      describe(label, () => {
        const minN = period === 'month' ? 5 : 30;
        let run: SqlRun;
        const library = libraryScore(by, period, minN);
        before(async () => {
          run = await sqlScore(dialect, by, period, minN);
        });

        it('counts equal the library’s, row for row (rejections by reason included)', () => {
          const rejected = run.counts.filter((r) => r.measure === 'rejected').map((r) => [r.answer, r.count]);
          expect(Object.fromEntries(rejected)).to.deep.equal(Object.fromEntries(Object.entries(library.counts.rejected).filter(([reason, n]) => n > 0 && reason !== 'not-json')));
          expect(canonical(run.counts)).to.deep.equal(canonical(countRows({ ...library.counts, rejected: { ...library.counts.rejected, 'not-json': 0 } })));
        });

        it('every index, n and low-n flag equals the library’s, to the last bit', () => {
          expect(run.indices.length).to.be.greaterThan(100);
          expect(canonical(run.indices)).to.deep.equal(canonical(indexRows(library.results)));
        });

        it('read back into results, the rows serialize like the library’s results (what /api/results answers)', () => {
          const fromSql = resultsFromSql(run, by, period, minN);
          const expected: ScoreResults = { ...library.results, seen: library.results.seen - library.results.rejected['not-json'], rejected: { ...library.results.rejected, 'not-json': 0 } };
          expect(JSON.parse(JSON.stringify(fromSql))).to.deep.equal(JSON.parse(JSON.stringify(expected)));
        });
      });
    }
  });
}

describe('the generated SQL: what it promises', function () {
  this.timeout(120_000);
  it('the sample holds every kind of refusal, and both period edges', () => {
    const { counts } = libraryScore([], 'month', 30);
    // 13 edge cases, and synthetic answers to the custom questionnaire whose note is longer than its 20 characters.
    expect(counts.rejected).to.include({ 'not-json': 0, 'invalid-response': 14, 'unknown-questionnaire': 2 });
    expect(counts.rejected['answers-mismatch']).to.be.greaterThan(13);
    const periods = new Set(Object.values(counts.groups).map((g) => g.cut.period));
    for (const month of ['2026-03', '2026-04', '2027-01', '2028-03', '2027-03']) expect(periods).to.include(month);
  });

  it('PostgreSQL: the table it creates is the receiver’s (server/migrations), column for column, index for index', async () => {
    const catalogue = async (ddl: string) =>
      (
        await post<{ rows: { catalogue: unknown }[] }>('/__sql/postgres-query', {
          statements: [
            ddl,
            `SELECT json_build_object(
               'columns', (SELECT json_agg(json_build_array(column_name, data_type, is_nullable, column_default) ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'sipas_responses'),
               'indexes', (SELECT json_agg(replace(indexdef, current_schema() || '.', '') ORDER BY indexname) FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'sipas_responses')) AS catalogue`,
          ],
        })
      ).rows[0]!.catalogue;
    const migration = await (await fetch('/server/migrations/001-sipas-responses.sql')).text();
    const generated = await catalogue(generateSql(definitions, { dialect: 'postgres' }).table);
    expect(generated).to.deep.equal(await catalogue(migration));
    expect((generated as { columns: string[][] }).columns.map((c) => c[0])).to.include.members(['response_id', 'response', 'desk', 'collection_mode']);
  });

  it('refuses what it cannot generate, in words', () => {
    expect(() => generateSql(definitions, { dialect: 'oracle' as 'postgres' })).to.throw(/unknown SQL dialect "oracle"/);
    expect(() => generateSql(definitions, { dialect: 'duckdb', by: ['dossier' as CutField] })).to.throw(/"dossier" is not a cut/);
    expect(() => generateSql(definitions, { dialect: 'duckdb', minN: -1 })).to.throw(/minimum n/);
    expect(() => generateSql([sipas2017, sipas2017], { dialect: 'duckdb' })).to.throw(/two definitions of sipas-2017@2017.1/);
  });

  it('every period the library knows is one the SQL generates', () => {
    for (const period of PERIODS) expect(generateSql(definitions, { dialect: 'duckdb', period }).counts).to.contain(`AS "${period}"`);
  });
});
