import { ResponseSchema } from '../schema/response.js';
import { literal, type SqlDialect } from './sql-dialect.js';

/*
 * The response schema, translated to one SQL condition: true exactly when `ResponseSchema` accepts the stored JSON.
 * It is read from the zod schema itself, so a field added to the schema is checked in SQL with no second list;
 * a kind of check this translation does not know is an error at generation time, never a silently looser check.
 */

interface ZodNode {
  _zod: { def: ZodDef };
}
interface ZodDef {
  type: string;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; length?: number; format?: string; pattern?: RegExp } } }[];
  shape?: Record<string, ZodNode>;
  catchall?: ZodNode;
  innerType?: ZodNode;
  options?: ZodNode[];
  values?: unknown[];
  entries?: Record<string, string | number>;
  element?: ZodNode;
  keyType?: ZodNode;
  valueType?: ZodNode;
  pattern?: RegExp;
  format?: string;
}

/** A condition that is TRUE or FALSE, never NULL (NOT of a NULL would let a bad value pass). */
const known = (condition: string): string => `COALESCE(${condition}, FALSE)`;
const all = (conditions: readonly string[]): string => (conditions.length === 0 ? 'TRUE' : conditions.map((c) => `(${c})`).join(' AND '));

/** The checks zod runs on a string (lengths and formats), on a SQL text expression. */
function textChecks(node: ZodNode, text: string, sql: SqlDialect): string[] {
  const def = node._zod.def;
  const conditions: string[] = [];
  // A string format (uuid, iso datetime) carries its pattern in its definition; a plain string's pattern takes anything.
  if (def.format) {
    if (!def.pattern) throw new Error(`the SQL generator cannot check the string format "${def.format}"`);
    conditions.push(sql.matches(text, def.pattern));
  }
  // zod measures strings in code points, as SQL's length() does.
  const length = `length(${text})`;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') conditions.push(`${length} >= ${c.minimum}`);
    else if (c.check === 'max_length') conditions.push(`${length} <= ${c.maximum}`);
    else if (c.check === 'length_equals') conditions.push(`${length} = ${c.length}`);
    else if (c.check === 'string_format' && c.pattern) conditions.push(sql.matches(text, c.pattern));
    else throw new Error(`the SQL generator cannot check a string's "${c.check}"${c.format ? ` (${c.format})` : ''}`);
  }
  return conditions;
}

function numberChecks(node: ZodNode, value: string): string[] {
  return (node._zod.def.checks ?? []).map((check) => {
    const c = check._zod.def;
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int')) return `${value} = trunc(${value}) AND abs(${value}) <= ${Number.MAX_SAFE_INTEGER}`;
    throw new Error(`the SQL generator cannot check a number's "${c.check}"${c.format ? ` (${c.format})` : ''}`);
  });
}

function arrayChecks(node: ZodNode, length: string): string[] {
  return (node._zod.def.checks ?? []).map((check) => {
    const c = check._zod.def;
    if (c.check === 'min_length') return `${length} >= ${c.minimum}`;
    if (c.check === 'max_length') return `${length} <= ${c.maximum}`;
    if (c.check === 'length_equals') return `${length} = ${c.length}`;
    throw new Error(`the SQL generator cannot check an array's "${c.check}"`);
  });
}

/** The condition that the JSON value `json` is accepted by `node`. */
function accepts(node: ZodNode, json: string, sql: SqlDialect): string {
  const def = node._zod.def;
  switch (def.type) {
    case 'string':
      return known(all([sql.isString(json), ...textChecks(node, sql.text(json), sql)]));
    case 'number': {
      const value = sql.number(json);
      return known(all([`${value} IS NOT NULL`, ...numberChecks(node, value)]));
    }
    case 'boolean':
      return known(sql.isBoolean(json));
    case 'literal':
      return known(def.values!.map((v) => literalCondition(v, json, sql)).join(' OR '));
    case 'enum':
      return known(`${sql.isString(json)} AND ${sql.text(json)} IN (${Object.values(def.entries!).map((v) => literal(String(v))).join(', ')})`);
    case 'union':
      return def.options!.map((option) => accepts(option, json, sql)).join(' OR ');
    case 'optional':
      return `(${json} IS NULL OR ${accepts(def.innerType!, json, sql)})`;
    case 'object': {
      const shape = def.shape!;
      const strict = def.catchall?._zod.def.type === 'never';
      const members = Object.entries(shape).map(([key, child]) => {
        const value = sql.member(json, key);
        return child._zod.def.type === 'optional' ? accepts(child, value, sql) : `${value} IS NOT NULL AND ${accepts(child, value, sql)}`;
      });
      const onlyKnownKeys = strict ? [sql.onlyKeys(json, Object.keys(shape))] : [];
      if (def.catchall && !strict) throw new Error('the SQL generator cannot check an object with a catch-all schema');
      return known(all([sql.isObject(json), ...onlyKnownKeys, ...members]));
    }
    case 'record': {
      const keyType = def.keyType!;
      if (keyType._zod.def.type !== 'string') throw new Error('the SQL generator can only check records keyed by strings');
      return known(`${sql.isObject(json)} AND ${sql.everyMember(json, (key, value) => all([...textChecks(keyType, key, sql), accepts(def.valueType!, value, sql)]))}`);
    }
    case 'array': {
      return known(all([sql.isArray(json), ...arrayChecks(node, sql.arrayLength(json)), sql.everyElement(json, (element) => accepts(def.element!, element, sql))]));
    }
    default:
      throw new Error(`the SQL generator cannot check a "${def.type}" in the response schema`);
  }
}

function literalCondition(value: unknown, json: string, sql: SqlDialect): string {
  if (typeof value === 'string') return `(${sql.isString(json)} AND ${sql.text(json)} = ${literal(value)})`;
  if (typeof value === 'number') return `(${sql.number(json)} = ${value})`;
  if (typeof value === 'boolean') return `(${sql.isBoolean(json)} AND ${sql.text(json)} = '${value}')`;
  throw new Error(`the SQL generator cannot check the literal ${JSON.stringify(value)}`);
}

/** The condition that the stored JSON `json` is a response `ResponseSchema` accepts (the Scorer's `invalid-response` otherwise). */
export function responseSchemaCondition(json: string, sql: SqlDialect): string {
  return accepts(ResponseSchema as unknown as ZodNode, json, sql);
}

/** The top-level members a response may have, as the schema lists them. */
export const responseMembers = (): string[] => Object.keys((ResponseSchema as unknown as ZodNode)._zod.def.shape!);
