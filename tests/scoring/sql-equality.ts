import { expect } from '@open-wc/testing';
import { CUT_FIELDS, Scorer, computeResults, countRows, indexRows, resultsFromSql, type CountRow, type CutField, type IndexRow, type Period, type ScoreResults } from '../../src/scoring/index.js';
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

export async function sqlScore(dialect: 'postgres' | 'duckdb', by: CutField[], period: Period | null, minN: number): Promise<SqlRun> {
  return post('/__sql/score', { dialect, definitions, lines, by, period, minN });
}

/** Asks the test server to run SQL (tests/support/sql-routes.mjs); its error is thrown here. */
export async function post<T>(path: string, body: unknown): Promise<T> {
  const reply = await fetch(path, { method: 'POST', body: JSON.stringify(body) });
  const answer = await reply.json();
  if (!reply.ok) throw new Error(answer.error);
  return answer as T;
}

export function libraryScore(by: CutField[], period: Period | null, minN: number) {
  const scorer = new Scorer(definitions, { by, period });
  for (const line of lines) scorer.addLine(line);
  return { counts: scorer.counts, results: computeResults(scorer.counts, definitions, minN) };
}

/** Rows as sorted JSON texts, so that two sets of rows compare whatever their order. */
export const canonical = (rows: readonly object[]): string[] =>
  rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)))).sort();

/** The equality of the SQL and the library, on one database (one test file each: each has its own time budget). */
export function describeSqlEquality(dialect: 'postgres' | 'duckdb'): void {
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
          const fromSql = resultsFromSql(run.counts, run.indices, definitions, { by, period, minN });
          const expected: ScoreResults = { ...library.results, seen: library.results.seen - library.results.rejected['not-json'], rejected: { ...library.results.rejected, 'not-json': 0 } };
          expect(JSON.parse(JSON.stringify(fromSql))).to.deep.equal(JSON.parse(JSON.stringify(expected)));
        });
      });
    }
  });
}

