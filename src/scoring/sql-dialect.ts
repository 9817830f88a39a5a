/*
 * The few JSON and text operations the generated SQL needs, written once for each database. Everything else in the
 * generated SQL is standard: CASE, SUM, GROUP BY, UNION ALL, NOT EXISTS. Each predicate below is NULL-safe where the
 * generator negates it (see `known`).
 */

export const SQL_DIALECTS = ['postgres', 'duckdb'] as const;
export type SqlDialectName = (typeof SQL_DIALECTS)[number];

export interface SqlDialect {
  name: SqlDialectName;
  /** The column type of a stored JSON value. */
  json: string;
  /** The stored response as the checks read it (DuckDB: minified once, so that a value's first character is its kind). */
  document(column: string): string;
  /**
   * Where every JSON call parses its text again (DuckDB): the members `keys` of an object taken out in one parse, as a
   * list that `listElement` reads. Absent where members are cheap to read (PostgreSQL's jsonb is stored parsed).
   */
  extractMembers?(json: string, keys: readonly string[]): string;
  /** The element at `index` (from 0) of a list made by `extractMembers`. */
  listElement?(list: string, index: number): string;
  isObject(json: string): string;
  isArray(json: string): string;
  isString(json: string): string;
  isNumber(json: string): string;
  isBoolean(json: string): string;
  /** The member `key` of a JSON object; SQL NULL when absent (or when `json` is not an object). */
  member(json: string, key: string): string;
  /** The text of a JSON string. */
  text(json: string): string;
  /** A JSON number as a double, as JavaScript's JSON.parse reads it; NULL when it would not be finite. */
  number(json: string): string;
  /** Whether `condition(key, value)` holds for every member of an object (true for an empty object or a non-object). */
  everyMember(json: string, condition: (key: string, value: string) => string): string;
  /** Whether every key of an object is one of `keys`. */
  onlyKeys(json: string, keys: readonly string[]): string;
  /** Whether `condition(value)` holds for every element of an array (true for an empty array or a non-array). */
  everyElement(json: string, condition: (value: string) => string): string;
  /** Whether `condition(value)` holds for some element of an array. */
  someElement(json: string, condition: (value: string) => string): string;
  arrayLength(json: string): string;
  /** How many distinct texts an array of strings holds. */
  distinctTexts(json: string): string;
  /** A SELECT of every column of `source` (as g) with one row per member of its object column `json`, as `key` and `value`. */
  explodeMembers(source: string, json: string): string;
  /** A SELECT of every column of `source` (as g) with one row per element of its array column `json`, as the text `element`. */
  explodeElements(source: string, json: string): string;
  /** Whether a text matches a JavaScript regular expression written with the syntax both databases share. */
  matches(text: string, pattern: RegExp): string;
  /** A text's length in UTF-16 code units, as JavaScript's `length` counts it. */
  utf16Length(text: string): string;
  /** A JSON object built from constant keys and SQL text values, keys in the order given. */
  object(pairs: readonly [string, string][]): string;
}

/** A SQL string literal. */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;
/** A quoted SQL identifier. */
export const identifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * A regular expression's source in the syntax both databases read as JavaScript does; refused when it uses what they
 * read differently. `\d` becomes 0-9: a database's digit class may take other scripts' digits too.
 */
export function portablePattern(pattern: RegExp): string {
  if (pattern.flags.replace(/[gu]/g, '') !== '') throw new Error(`the SQL generator cannot translate the flags of /${pattern.source}/${pattern.flags}`);
  if (/\(\?<?[=!]|\\[bBpPkDwWsS]|\(\?</.test(pattern.source)) throw new Error(`the SQL generator cannot translate /${pattern.source}/ (lookaround, word boundary, class escape or named group)`);
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const char = pattern.source[i]!;
    if (char === '\\') {
      const next = pattern.source[++i]!;
      out += next === 'd' ? (inClass ? '0-9' : '[0-9]') : `\\${next}`;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
}

/** Astral characters take two UTF-16 units (one character); texts whose bytes are all ASCII skip the count. */
const NON_ASTRAL = { postgres: '[^\\U00010000-\\U0010FFFF]', duckdb: '[^\\x{10000}-\\x{10FFFF}]' };

let depth = 0;
/**
 * Calls `body` with an alias named by its nesting depth: unique along every path of nested tables or lambdas (siblings
 * may share one, their scopes being apart), and the same on every generation, so the SQL text is deterministic.
 */
function nested(body: (alias: string) => string): string {
  depth++;
  try {
    return body(`m${depth}`);
  } finally {
    depth--;
  }
}

const pgObject = (j: string) => `CASE WHEN jsonb_typeof(${j}) = 'object' THEN ${j} ELSE '{}'::jsonb END`;
const pgArray = (j: string) => `CASE WHEN jsonb_typeof(${j}) = 'array' THEN ${j} ELSE '[]'::jsonb END`;

const postgres: SqlDialect = {
  name: 'postgres',
  json: 'jsonb',
  document: (column) => column,
  isObject: (j) => `jsonb_typeof(${j}) = 'object'`,
  isArray: (j) => `jsonb_typeof(${j}) = 'array'`,
  isString: (j) => `jsonb_typeof(${j}) = 'string'`,
  isNumber: (j) => `jsonb_typeof(${j}) = 'number'`,
  isBoolean: (j) => `jsonb_typeof(${j}) = 'boolean'`,
  member: (j, key) => `(${j} -> ${literal(key)})`,
  text: (j) => `(${j} #>> '{}')`,
  // Through numeric: float8 refuses out-of-range input with an error, where JavaScript reads Infinity (not finite) or 0.
  number: (j) =>
    `(CASE WHEN jsonb_typeof(${j}) = 'number' THEN CASE WHEN abs((${j} #>> '{}')::numeric) >= 1.797693134862315808e308 THEN NULL WHEN abs((${j} #>> '{}')::numeric) < 2.5e-324 THEN 0::float8 ELSE (${j} #>> '{}')::numeric::float8 END END)`,
  // Guarded: jsonb_each and jsonb_array_elements raise an error on any other kind of value.
  everyMember: (j, condition) => nested((m) => `NOT EXISTS (SELECT 1 FROM jsonb_each(${pgObject(j)}) AS ${m} WHERE NOT COALESCE(${condition(`${m}.key`, `${m}.value`)}, FALSE))`),
  onlyKeys: (j, keys) => `NOT EXISTS (SELECT 1 FROM jsonb_object_keys(${pgObject(j)}) AS k WHERE k NOT IN (${keys.map(literal).join(', ')}))`,
  everyElement: (j, condition) => nested((m) => `NOT EXISTS (SELECT 1 FROM jsonb_array_elements(${pgArray(j)}) AS ${m} WHERE NOT COALESCE(${condition(`${m}.value`)}, FALSE))`),
  someElement: (j, condition) => nested((m) => `EXISTS (SELECT 1 FROM jsonb_array_elements(${pgArray(j)}) AS ${m} WHERE ${condition(`${m}.value`)})`),
  arrayLength: (j) => `jsonb_array_length(${pgArray(j)})`,
  distinctTexts: (j) => `(SELECT count(DISTINCT e.value #>> '{}') FROM jsonb_array_elements(${pgArray(j)}) AS e)`,
  explodeMembers: (source, j) => `SELECT g.*, a.key, a.value FROM ${source} AS g CROSS JOIN LATERAL jsonb_each(${pgObject(`g.${j}`)}) AS a`,
  explodeElements: (source, j) => `SELECT g.*, e.value #>> '{}' AS element FROM ${source} AS g CROSS JOIN LATERAL jsonb_array_elements(${pgArray(`g.${j}`)}) AS e`,
  matches: (t, pattern) => `(${t} ~ ${literal(portablePattern(pattern))})`,
  utf16Length: (t) => `(length(${t}) + CASE WHEN octet_length(${t}) = length(${t}) THEN 0 ELSE length(regexp_replace(${t}, '${NON_ASTRAL.postgres}', '', 'g')) END)`,
  object: (pairs) => `json_build_object(${pairs.map(([key, value]) => `${literal(key)}, ${value}`).join(', ')})`,
};

/**
 * DuckDB keeps JSON as text and parses it again in every json_* call; a value's kind is read from its first character
 * instead (values taken out of a document are written back minified, and the response is minified once first).
 */
const duckKind = (j: string) => `left(CAST(${j} AS VARCHAR), 1)`;
const duckIsNumber = (j: string) => `${duckKind(j)} IN ('-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9')`;
const duckNumber = (j: string) => `TRY_CAST(CAST(${j} AS VARCHAR) AS DOUBLE)`;

const duckdb: SqlDialect = {
  name: 'duckdb',
  json: 'JSON',
  document: (column) => `json(${column})`,
  extractMembers: (j, keys) => `json_extract(${j}, [${keys.map((key) => literal(`$."${key.replaceAll('"', '\\"')}"`)).join(', ')}])`,
  listElement: (list, index) => `${list}[${index + 1}]`,
  isObject: (j) => `${duckKind(j)} = '{'`,
  isArray: (j) => `${duckKind(j)} = '['`,
  isString: (j) => `${duckKind(j)} = '"'`,
  isNumber: duckIsNumber,
  isBoolean: (j) => `${duckKind(j)} IN ('t', 'f')`,
  member: (j, key) => `json_extract(${j}, ${literal(`$."${key.replaceAll('"', '\\"')}"`)})`,
  text: (j) => `(${j} ->> '$')`,
  number: (j) => `(CASE WHEN ${duckIsNumber(j)} AND isfinite(${duckNumber(j)}) THEN ${duckNumber(j)} END)`,
  // Lists and lambdas: DuckDB runs a correlated subquery per JSON value about a hundred times slower.
  everyMember: (j, condition) => nested((m) => `COALESCE(list_bool_and(list_transform(list_zip(json_keys(${j}), json_extract(${j}, '$.*')), lambda ${m}: COALESCE(${condition(`${m}[1]`, `${m}[2]`)}, FALSE))), TRUE)`),
  onlyKeys: (j, keys) => `COALESCE(list_bool_and(list_transform(json_keys(${j}), lambda k: k IN (${keys.map(literal).join(', ')}))), TRUE)`,
  everyElement: (j, condition) => nested((m) => `COALESCE(list_bool_and(list_transform(json_extract(${j}, '$[*]'), lambda ${m}: COALESCE(${condition(m)}, FALSE))), TRUE)`),
  someElement: (j, condition) => nested((m) => `COALESCE(list_bool_or(list_transform(json_extract(${j}, '$[*]'), lambda ${m}: COALESCE(${condition(m)}, FALSE))), FALSE)`),
  arrayLength: (j) => `json_array_length(${j})`,
  distinctTexts: (j) => `len(list_distinct(list_transform(json_extract(${j}, '$[*]'), lambda e: e ->> '$')))`,
  explodeMembers: (source, j) => `SELECT g.*, unnest(json_keys(g.${j})) AS key, unnest(json_extract(g.${j}, '$.*')) AS value FROM ${source} AS g`,
  explodeElements: (source, j) => `SELECT x.*, x.e ->> '$' AS element FROM (SELECT g.*, unnest(json_extract(g.${j}, '$[*]')) AS e FROM ${source} AS g) AS x`,

  matches: (t, pattern) => `regexp_full_match(${t}, ${literal(portablePattern(pattern))})`,
  utf16Length: (t) => `(length(${t}) + CASE WHEN strlen(${t}) = length(${t}) THEN 0 ELSE length(regexp_replace(${t}, '${NON_ASTRAL.duckdb}', '', 'g')) END)`,
  object: (pairs) => `json_object(${pairs.map(([key, value]) => `${literal(key)}, ${value}`).join(', ')})`,
};

export const sqlDialects: Readonly<Record<SqlDialectName, SqlDialect>> = { postgres, duckdb };
