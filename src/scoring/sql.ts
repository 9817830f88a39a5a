import type { Definition } from '../schema/definition.js';
import { DEFAULT_SCORING_OPTIONS, type Period, type ScoringOptions } from './counts.js';
import { CUT_FIELDS, CUTS, type CutField, type CutSource } from './cuts.js';
import { countsColumns } from './counts-table.js';
import { indexName } from './index-rows.js';
import { compilePlan, type ScoredRating, type ScoringPlan } from './plan.js';
import { DEFAULT_MIN_N } from './results.js';
import { identifier, literal, sqlDialects, type SqlDialect, type SqlDialectName } from './sql-dialect.js';
import { responseMembers, responseSchemaCondition } from './sql-schema.js';

/*
 * The index in SQL, generated from each questionnaire's scoring plan (see docs/sql.md). Three statements:
 * - the table of stored responses (for PostgreSQL, the receiver's own table);
 * - responses → counts: integers per questionnaire version, cut, period, item and answer code, which add up across
 *   shards, communes and provinces;
 * - counts → indices: the documented method, in long format.
 * The SQL reads only the column `response` of a relation `sipas_responses` (or `sipas_counts` for the indices), so
 * any table or view with that column works. Arithmetic is done in doubles in the library's order, so values equal
 * the library's to the last bit.
 */

export interface SqlOptions extends Pick<ScoringOptions, 'by' | 'period'> {
  dialect: SqlDialectName;
  /** Indices over fewer valid answers are flagged `low_n`. */
  minN: number;
}

export interface GeneratedSql {
  /** CREATE TABLE sipas_responses and its indexes. */
  table: string;
  /** SELECT from sipas_responses to the counts (the columns of `countsColumns`). */
  counts: string;
  /** SELECT from a relation sipas_counts (the counts query's rows, or counts loaded from CSV) to the indices. */
  indices: string;
  /** SELECT from sipas_responses straight to the indices (the counts as a common table expression). */
  results: string;
}

/** Vietnam time: periods are counted in UTC+7, like the library's default. */
const UTC_OFFSET_MINUTES = DEFAULT_SCORING_OPTIONS.utcOffsetMinutes;

/** The reference receiver's table (server/migrations), which the SQL's input contract only needs `response` of. */
const TABLE_POSTGRES = `CREATE TABLE IF NOT EXISTS sipas_responses (
  response_id uuid PRIMARY KEY,
  response jsonb NOT NULL,
  questionnaire_id text NOT NULL,
  questionnaire_version text NOT NULL,
  agency_code text,
  agency_name text,
  procedure_code text,
  procedure_name text,
  field text,
  channel text,
  desk text,
  collection_mode text NOT NULL DEFAULT 'online',
  submitted_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS sipas_responses_questionnaire_submitted ON sipas_responses (questionnaire_id, questionnaire_version, submitted_at);
CREATE INDEX IF NOT EXISTS sipas_responses_agency_submitted ON sipas_responses (agency_code, submitted_at);
CREATE INDEX IF NOT EXISTS sipas_responses_received ON sipas_responses (received_at, response_id);
`;

/** DuckDB: the same columns; no secondary indexes, which a column store does not need for scans and which slow loading. */
const TABLE_DUCKDB = `CREATE TABLE IF NOT EXISTS sipas_responses (
  response_id UUID PRIMARY KEY,
  response JSON NOT NULL,
  questionnaire_id VARCHAR NOT NULL,
  questionnaire_version VARCHAR NOT NULL,
  agency_code VARCHAR,
  agency_name VARCHAR,
  procedure_code VARCHAR,
  procedure_name VARCHAR,
  field VARCHAR,
  channel VARCHAR,
  desk VARCHAR,
  collection_mode VARCHAR NOT NULL DEFAULT 'online',
  submitted_at TIMESTAMPTZ NOT NULL,
  received_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
`;

const DOUBLE = 'DOUBLE PRECISION';

/** Generates the SQL for the given questionnaires, cuts, period and minimum n. */
export function generateSql(definitions: readonly Definition[], options: Partial<SqlOptions> & Pick<SqlOptions, 'dialect'>): GeneratedSql {
  const sql = sqlDialects[options.dialect];
  if (!sql) throw new Error(`unknown SQL dialect "${String(options.dialect)}"; use postgres or duckdb`);
  const by = [...(options.by ?? [])];
  for (const field of by) if (!(CUT_FIELDS as readonly string[]).includes(field)) throw new Error(`"${field}" is not a cut; use ${CUT_FIELDS.join(', ')}`);
  const period = options.period ?? null;
  const minN = options.minN ?? DEFAULT_MIN_N;
  if (!Number.isInteger(minN) || minN < 0) throw new Error(`the minimum n must be a whole number ≥ 0, not ${minN}`);
  const plans = uniquePlans(definitions);
  const countsCtes = countsQueryCtes(plans, by, period, sql);
  const indexCtes = indicesCtes(plans, by, period, minN, sql);
  return {
    table: options.dialect === 'postgres' ? TABLE_POSTGRES : TABLE_DUCKDB,
    counts: withCtes(countsCtes.ctes, countsCtes.select),
    indices: withCtes(indexCtes.ctes, indexCtes.select),
    results: withCtes([...countsCtes.ctes, ['sipas_counts', countsCtes.select], ...indexCtes.ctes], indexCtes.select),
  };
}

type Cte = [name: string, query: string];
const withCtes = (ctes: readonly Cte[], select: string): string =>
  `${ctes.length ? `WITH ${ctes.map(([name, query]) => `${name} AS (\n${query}\n)`).join(',\n')}\n` : ''}${select}`;

function uniquePlans(definitions: readonly Definition[]): ScoringPlan[] {
  const plans = new Map<string, ScoringPlan>();
  for (const definition of definitions) {
    const plan = compilePlan(definition);
    if (plans.has(plan.key)) throw new Error(`two definitions of ${plan.key}`);
    plans.set(plan.key, plan);
  }
  return [...plans.values()];
}

/** A response's value for a cut, from where CUTS says it lives (and what its absence counts as), as the scorer reads it. */
function cutValue(field: CutField, response: string, sql: SqlDialect): string {
  const source: CutSource = CUTS[field];
  const value = sql.text(sql.member(sql.member(response, source.object), source.key));
  return source.absent === undefined ? value : `COALESCE(${value}, ${literal(source.absent)})`;
}

/**
 * The period of `submittedAt` in local time, from its text alone (the schema fixes its shape: YYYY-MM-DDTHH:MM:SS…Z).
 * Integer arithmetic, not the database's time zones or timestamps: the same in every database, for every year the
 * schema accepts, and cut to the second as JavaScript's Date.parse never rounds a fraction up into the next month.
 */
function periodValue(period: Period, response: string, sql: SqlDialect): string {
  const at = sql.text(sql.member(response, 'submittedAt'));
  const part = (from: number, length: number) => `CAST(substr(${at}, ${from}, ${length}) AS INTEGER)`;
  const [year, month, day, hour, minute] = [part(1, 4), part(6, 2), part(9, 2), part(12, 2), part(15, 2)];
  const leap = `(${year} % 4 = 0 AND (${year} % 100 <> 0 OR ${year} % 400 = 0))`;
  const lastDay = `CASE WHEN ${month} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END WHEN ${month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END`;
  const nextMonth = `(${day} = ${lastDay} AND ${hour} * 60 + ${minute} >= ${24 * 60 - UTC_OFFSET_MINUTES})`;
  const localYear = `(${year} + CASE WHEN ${month} = 12 AND ${nextMonth} THEN 1 ELSE 0 END)`;
  const localMonth = `(CASE WHEN ${nextMonth} THEN ${month} % 12 + 1 ELSE ${month} END)`;
  const text = (value: string) => `CAST(${value} AS VARCHAR)`;
  if (period === 'year') return text(localYear);
  if (period === 'quarter') return `${text(localYear)} || '-Q' || CASE WHEN ${localMonth} <= 3 THEN '1' WHEN ${localMonth} <= 6 THEN '2' WHEN ${localMonth} <= 9 THEN '3' ELSE '4' END`;
  return `${text(localYear)} || '-' || lpad(${text(localMonth)}, 2, '0')`;
}

/** The condition that one answer (`value` of item `item` within the object `answers`) is one the plan's item accepts. */
function answerAccepted(plan: ScoringPlan, part: 'answers' | 'respondent', key: string, value: string, answers: string, sql: SqlDialect): string {
  const items = part === 'answers' ? plan.answerItems : plan.respondentItems;
  if (items.size === 0) return 'FALSE';
  const cases = [...items.values()].map(({ item, check }) => {
    let accepted: string;
    switch (check.kind) {
      case 'rating': {
        const codes = check.codes.flatMap((ok, code) => (ok ? [code] : []));
        accepted = codes.length ? `${sql.number(value)} IN (${codes.join(', ')})` : 'FALSE';
        break;
      }
      case 'choice':
        accepted = `${sql.isString(value)} AND ${sql.text(value)} IN (${[...check.values].map(literal).join(', ')})`;
        break;
      case 'choices': {
        const length = sql.arrayLength(value);
        const max = Number.isFinite(check.max) ? ` AND ${length} <= ${check.max}` : '';
        accepted =
          `${sql.isArray(value)} AND ${length} > 0${max}` +
          ` AND ${sql.everyElement(value, (e) => `${sql.isString(e)} AND ${sql.text(e)} IN (${[...check.values].map(literal).join(', ')})`)}` +
          ` AND ${sql.distinctTexts(value)} = ${length}`;
        break;
      }
      case 'text':
        accepted = `${sql.isString(value)} AND ${sql.utf16Length(sql.text(value))} BETWEEN 1 AND ${check.max}`;
        break;
    }
    const rule = item.visibleIf;
    if (rule) {
      const shown = sql.member(answers, rule.item);
      const strings = rule.anyOf.filter((v): v is string => typeof v === 'string').map(literal);
      const numbers = rule.anyOf.filter((v): v is number => typeof v === 'number');
      const matches = [
        ...(strings.length ? [`(${sql.isString(shown)} AND ${sql.text(shown)} IN (${strings.join(', ')}))`] : []),
        ...(numbers.length ? [`${sql.number(shown)} IN (${numbers.join(', ')})`] : []),
        ...(strings.length ? [`(${sql.isArray(shown)} AND ${sql.someElement(shown, (v) => `${sql.isString(v)} AND ${sql.text(v)} IN (${strings.join(', ')})`)})`] : []),
      ];
      accepted = `(${accepted}) AND (${matches.join(' OR ') || 'FALSE'})`;
    }
    return `WHEN ${literal(item.id)} THEN COALESCE(${accepted}, FALSE)`;
  });
  return `CASE ${key} ${cases.join(' ')} ELSE FALSE END`;
}

/** The condition that a well-formed response's answers could have come from the plan's questionnaire (else `answers-mismatch`). */
function answersMatch(plan: ScoringPlan, response: string, sql: SqlDialect): string {
  const object = (part: 'answers' | 'respondent') => {
    const answers = sql.member(response, part);
    return sql.everyMember(answers, (key, value) => answerAccepted(plan, part, key, value, answers, sql));
  };
  return `${object('answers')} AND (${sql.member(response, 'respondent')} IS NULL OR ${object('respondent')})`;
}

const isPlan = (plan: ScoringPlan, id: string, version: string) => `(${id} = ${literal(plan.definition.id)} AND ${version} = ${literal(plan.definition.version)})`;

/** The cut columns of the counts: each `by` field, then the period named by its length (month, quarter, year). */
const cutColumns = (by: readonly CutField[], period: Period | null): string[] => [...by, ...(period ? [period] : [])];

/**
 * The stored responses as the checks read them (`r.response`), and the dialect they are read with. Where every JSON
 * call parses the text again (DuckDB), the response's top-level members are taken out once, in one parse, as columns
 * `r."response.<key>"` that the reading dialect's `member` of the response returns: a response is then parsed a few
 * times, not once per member read (dozens).
 */
function storedResponses(sql: SqlDialect): { from: string; reading: SqlDialect; carried: string[] } {
  const documents = `SELECT ${sql.document('response')} AS response FROM sipas_responses`;
  if (!sql.extractMembers || !sql.listElement) return { from: `(${documents}) AS r`, reading: sql, carried: [] };
  const keys = responseMembers();
  const column = (key: string) => identifier(`response.${key}`);
  const members = keys.map((key, i) => `${sql.listElement!('d.members', i)} AS ${column(key)}`).join(', ');
  return {
    from: `(SELECT d.response, ${members} FROM (SELECT p.response, ${sql.extractMembers('p.response', keys)} AS members FROM (${documents}) AS p) AS d) AS r`,
    reading: { ...sql, member: (json, key) => (json === 'r.response' && keys.includes(key) ? `r.${column(key)}` : sql.member(json, key)) },
    carried: keys.map((key) => `r.${column(key)}`),
  };
}

function countsQueryCtes(plans: readonly ScoringPlan[], by: readonly CutField[], period: Period | null, dialect: SqlDialect): { ctes: Cte[]; select: string } {
  const { from, reading: sql, carried } = storedResponses(dialect);
  const response = 'r.response';
  const id = sql.text(sql.member(sql.member(response, 'questionnaire'), 'id'));
  const version = sql.text(sql.member(sql.member(response, 'questionnaire'), 'version'));
  const matchCases = plans.map((plan) => `WHEN ${isPlan(plan, id, version)} THEN ${answersMatch(plan, response, sql)}`).join('\n      ');
  const known = plans.length ? plans.map((plan) => isPlan(plan, id, version)).join(' OR ') : 'FALSE';
  const cuts = cutColumns(by, period);
  const cutSelects = [...by.map((field) => `${cutValue(field, response, sql)} AS ${identifier(field)}`), ...(period ? [`${periodValue(period, response, sql)} AS ${identifier(period)}`] : [])];
  const checked = `SELECT ${[`${response} AS response`, ...carried].join(', ')},
    CASE
      WHEN NOT ${responseSchemaCondition(response, sql)} THEN 'invalid-response'
      WHEN NOT (${known}) THEN 'unknown-questionnaire'
      WHEN NOT CASE
      ${matchCases}
      ELSE FALSE END THEN 'answers-mismatch'
    END AS rejected
  FROM ${from}`;
  const accepted = `SELECT ${id} AS questionnaire_id, ${version} AS questionnaire_version${cutSelects.map((c) => `, ${c}`).join('')}, ${sql.member('r.response', 'answers')} AS answers
  FROM sipas_checked AS r WHERE r.rejected IS NULL`;
  const keys = ['questionnaire_id', 'questionnaire_version', ...cuts.map(identifier)].join(', ');
  const scored = (select: (plan: ScoringPlan) => string[]) =>
    plans.flatMap((plan) => {
      const ids = select(plan);
      return ids.length ? [`(${isPlan(plan, 'questionnaire_id', 'questionnaire_version')} AND key IN (${ids.map(literal).join(', ')}))`] : [];
    }).join(' OR ') || 'FALSE';
  // Only answers count (respondent facts feed no index), and only items of an index.
  const ratingIds = (plan: ScoringPlan) => [...plan.ratings.keys()].filter((itemId) => plan.answerItems.has(itemId));
  const choiceIds = (plan: ScoringPlan) => [...plan.choices.keys()].filter((itemId) => plan.answerItems.has(itemId));
  const members = `SELECT * FROM (${sql.explodeMembers('sipas_accepted', 'answers')}) AS m WHERE ${scored((p) => [...ratingIds(p), ...choiceIds(p)])}`;
  const tallied = [
    `SELECT ${keys}, 'responses' AS measure, '' AS item, '' AS answer FROM sipas_accepted`,
    `SELECT ${keys}, 'answers', key, '' FROM sipas_members`,
    `SELECT ${keys}, 'code', key, CAST(CAST(${sql.number('value')} AS BIGINT) AS VARCHAR) FROM sipas_members WHERE ${scored(ratingIds)}`,
    `SELECT ${keys}, 'option', key, element FROM (${sql.explodeElements(`(SELECT * FROM sipas_members WHERE ${scored(choiceIds)})`, 'value')}) AS o`,
  ].join('\n  UNION ALL\n  ');
  const groupKeys = ['questionnaire_id', 'questionnaire_version', ...cuts.map(identifier), 'measure', 'item', 'answer'].join(', ');
  const columns = countsColumns(by, period).map(identifier);
  const select = `SELECT ${groupKeys}, CAST(count(*) AS BIGINT) AS count FROM sipas_tallied GROUP BY ${groupKeys}
UNION ALL
SELECT NULL, NULL${cuts.map(() => ', NULL').join('')}, 'rejected', '', rejected, CAST(count(*) AS BIGINT) FROM sipas_checked WHERE rejected IS NOT NULL GROUP BY rejected
ORDER BY ${columns.slice(0, -1).map((c) => `${c} NULLS LAST`).join(', ')}`;
  return { ctes: [['sipas_checked', checked], ['sipas_accepted', accepted], ['sipas_members', members], ['sipas_tallied', tallied]], select };
}

/** One figure in SQL: a value (double or NULL) and its n. */
interface SqlFigure {
  value: string;
  n: string;
}

/** The share of `count` in `n`, in percent, as the library computes it: (count × 100) / n in doubles. */
const share = (count: string, n: string): SqlFigure => ({ value: `CASE WHEN ${n} = 0 THEN NULL ELSE CAST(${count} * 100 AS ${DOUBLE}) / CAST(${n} AS ${DOUBLE}) END`, n });

/** The mean of figures as the library computes it: NULL unless all exist, summed left to right, n the smallest. */
function mean(parts: readonly SqlFigure[]): SqlFigure {
  if (parts.length === 0) return { value: `CAST(NULL AS ${DOUBLE})`, n: '0' };
  const sum = parts.map((p) => p.value).join(' + ');
  return {
    value: `CASE WHEN ${parts.map((p) => `${p.value} IS NOT NULL`).join(' AND ')} THEN (${sum}) / CAST(${parts.length} AS ${DOUBLE}) END`,
    n: parts.length === 1 ? parts[0]!.n : `LEAST(${parts.map((p) => p.n).join(', ')})`,
  };
}

function indicesCtes(plans: readonly ScoringPlan[], by: readonly CutField[], period: Period | null, minN: number, sql: SqlDialect): { ctes: Cte[]; select: string } {
  const cuts = cutColumns(by, period);
  const keys = ['questionnaire_id', 'questionnaire_version', ...cuts.map(identifier)];
  const cutJson = sql.object([...by.map((field): [string, string] => [field, identifier(field)]), ...(period ? [['period', identifier(period)] as [string, string]] : [])]);
  const ctes: Cte[] = [];
  const rows: string[] = [];
  plans.forEach((plan, p) => {
    // One row per group with a column per sum the plan needs, then each index a column over those sums.
    const sums: string[] = [];
    const sum = (condition: string) => {
      sums.push(`CAST(SUM(CASE WHEN ${condition} THEN count ELSE 0 END) AS BIGINT) AS s${sums.length}`);
      return `s${sums.length - 1}`;
    };
    const rated = (rating: ScoredRating): SqlFigure => {
      const item = `item = ${literal(rating.item.id)}`;
      const satisfied = rating.satisfiedCodes.length ? `measure = 'code' AND ${item} AND answer IN (${rating.satisfiedCodes.map((c) => literal(String(c))).join(', ')})` : 'FALSE';
      return share(sum(satisfied), sum(`measure = 'answers' AND ${item}`));
    };
    const missing: SqlFigure = share('0', '0');
    const figures: [index: string, figure: SqlFigure][] = [];
    const elementSatisfactions: SqlFigure[] = [];
    const elementEvaluations: SqlFigure[] = [];
    for (const element of plan.elements) {
      const criteria = element.criteria.map((c) => {
        const figure = rated(c);
        figures.push([indexName({ kind: 'criterion', id: c.item.id }), figure]);
        return figure;
      });
      const evaluation = mean(criteria);
      const satisfaction = element.satisfaction ? rated(element.satisfaction) : missing;
      elementEvaluations.push(evaluation);
      elementSatisfactions.push(satisfaction);
      figures.push([indexName({ kind: 'element-evaluation', id: element.id }), evaluation], [indexName({ kind: 'element-satisfaction', id: element.id }), satisfaction]);
    }
    figures.unshift(
      [indexName({ kind: 'sipas' }), mean(elementSatisfactions)],
      [indexName({ kind: 'overall' }), plan.overall ? rated(plan.overall) : missing],
      [indexName({ kind: 'mean-evaluation' }), mean(elementEvaluations)],
    );
    for (const entry of plan.expectations) {
      if ('codes' in entry) figures.push([indexName({ kind: 'expectation', id: entry.item.id }), rated(entry)]);
      else {
        const item = `item = ${literal(entry.item.id)}`;
        const answered = sum(`measure = 'answers' AND ${item}`);
        for (const option of entry.item.options) {
          figures.push([indexName({ kind: 'expectation', id: entry.item.id, option: option.value }), share(sum(`measure = 'option' AND ${item} AND answer = ${literal(option.value)}`), answered)]);
        }
      }
    }
    const groups = `sipas_plan${p}`;
    ctes.push([
      groups,
      `SELECT ${keys.join(', ')}${sums.map((s) => `,\n    ${s}`).join('')}
  FROM sipas_counts
  WHERE measure <> 'rejected' AND ${isPlan(plan, 'questionnaire_id', 'questionnaire_version')}
  GROUP BY ${keys.join(', ')}
  HAVING SUM(CASE WHEN measure = 'responses' THEN count ELSE 0 END) > 0`,
    ]);
    for (const [index, figure] of figures) {
      rows.push(`SELECT ${keys.join(', ')}, ${literal(index)} AS ${identifier('index')}, ${figure.value} AS value, ${figure.n} AS n FROM ${groups}`);
    }
  });
  if (rows.length === 0) rows.push(`SELECT ${keys.map((k) => `NULL AS ${k}`).join(', ')}, NULL AS ${identifier('index')}, CAST(NULL AS ${DOUBLE}) AS value, 0 AS n WHERE FALSE`);
  ctes.push(['sipas_figures', rows.join('\n  UNION ALL\n  ')]);
  const select = `SELECT questionnaire_id, questionnaire_version, ${cutJson} AS cut, ${identifier('index')}, value, CAST(n AS BIGINT) AS n, n < ${minN} AS low_n
FROM sipas_figures
ORDER BY ${[...keys.map((k) => `${k} NULLS LAST`), identifier('index')].join(', ')}`;
  return { ctes, select };
}
