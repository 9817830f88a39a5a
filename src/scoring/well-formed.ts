import { ResponseSchema, type SurveyResponse } from '../schema/response.js';
import { CHANNELS, COLLECTION_MODES, DESK_MAX_LENGTH, RESPONSE_SCHEMA_VERSIONS } from '../schema/response.js';

/*
 * A fast structural check that implies `ResponseSchema` accepts the value: every test below is the schema's
 * own test or a stricter one, and the patterns are taken from the schema itself. Full zod validation costs
 * about 30 µs a response, too slow for 100,000 a second; the caller asks the schema for the detailed reason
 * only when this check says no, so the verdict is always the schema's for well-formed input.
 */

type Shape = Record<string, { _zod: { pattern?: RegExp; optin?: 'optional'; def: { shape?: Shape } } }>;
const shape = (ResponseSchema as unknown as { _zod: { def: { shape: Shape } } })._zod.def.shape;
/** The property names an object of the schema may have, read from the schema so that the two never drift apart. */
const keysOf = (objectShape: Shape | undefined) => new Set(Object.keys(objectShape ?? {}));
const UUID = shape.responseId!._zod.pattern!;
const DATETIME = shape.startedAt!._zod.pattern!;
const TEXT_HASH = /^[0-9a-f]{16}$/;
const RESPONSE_KEYS = keysOf(shape);
const REQUIRED_KEYS = Object.keys(shape).filter((key) => shape[key]!._zod.optin !== 'optional');
const QUESTIONNAIRE_KEYS = keysOf(shape.questionnaire!._zod.def.shape);
const CONTEXT_KEYS = keysOf(shape.context!._zod.def.shape);
const channels: readonly string[] = CHANNELS;
const versions: readonly unknown[] = RESPONSE_SCHEMA_VERSIONS;
const modes: readonly string[] = COLLECTION_MODES;
/** The collection's optional texts; `fieldDate` has its own pattern, read from the schema. */
const COLLECTION_TEXT_KEYS = new Set(['formNumber', 'enumerator', 'batch']);
const collectionShape = (shape.collection!._zod.def as unknown as { innerType: { _zod: { def: { shape: Shape } } } }).innerType._zod.def.shape;
const COLLECTION_KEYS = keysOf(collectionShape);
const FIELD_DATE = (collectionShape.fieldDate!._zod.def as unknown as { innerType: { _zod: { pattern: RegExp } } }).innerType._zod.pattern;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function onlyKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

function isAnswers(value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const key in value) {
    // The schema refuses a "__proto__" key by name (checkResponse), with its own reason.
    if (key.length > 64 || key === '__proto__') return false;
    const answer = value[key];
    if (typeof answer === 'number') {
      if (!Number.isSafeInteger(answer)) return false;
    } else if (typeof answer === 'string') {
      if (answer.length > 5000) return false;
    } else if (Array.isArray(answer)) {
      if (answer.length > 50) return false;
      for (const entry of answer) if (typeof entry !== 'string' || entry.length > 64) return false;
    } else return false;
  }
  return true;
}

function isContext(value: unknown): boolean {
  if (!isObject(value) || !onlyKeys(value, CONTEXT_KEYS)) return false;
  for (const key in value) {
    const text = value[key];
    if (typeof text !== 'string' || text.length < 1 || text.length > (key === 'desk' ? DESK_MAX_LENGTH : 300)) return false;
    if (key === 'channel' && !channels.includes(text)) return false;
  }
  return true;
}

function isCollection(value: unknown): boolean {
  if (!isObject(value) || !onlyKeys(value, COLLECTION_KEYS) || typeof value.mode !== 'string' || !modes.includes(value.mode)) return false;
  for (const key in value) {
    const text = value[key];
    if (COLLECTION_TEXT_KEYS.has(key) && (typeof text !== 'string' || text.length < 1 || text.length > 100)) return false;
  }
  return value.fieldDate === undefined || (typeof value.fieldDate === 'string' && FIELD_DATE.test(value.fieldDate));
}

/** True only when `ResponseSchema` would accept the value; false means "ask the schema". */
export function isWellFormedResponse(value: unknown): value is SurveyResponse {
  if (!isObject(value) || !onlyKeys(value, RESPONSE_KEYS)) return false;
  const q = value.questionnaire;
  return (
    versions.includes(value.schemaVersion) &&
    typeof value.responseId === 'string' &&
    UUID.test(value.responseId) &&
    isObject(q) &&
    typeof q.id === 'string' &&
    typeof q.version === 'string' &&
    typeof q.textHash === 'string' &&
    TEXT_HASH.test(q.textHash) &&
    // Responses to a questionnaire with local wording carry `overridden: true`; they count like any other.
    onlyKeys(q, QUESTIONNAIRE_KEYS) &&
    (q.overridden === undefined || q.overridden === true) &&
    typeof value.locale === 'string' &&
    typeof value.startedAt === 'string' &&
    DATETIME.test(value.startedAt) &&
    typeof value.submittedAt === 'string' &&
    DATETIME.test(value.submittedAt) &&
    isContext(value.context) &&
    (value.collection === undefined || isCollection(value.collection)) &&
    (value.completion === undefined || value.completion === 'partial') &&
    isAnswers(value.answers) &&
    (value.respondent === undefined || isAnswers(value.respondent))
  );
}

/**
 * True only when `ResponseSchema` would refuse the value: it is not an object, or lacks a property the schema
 * requires. Lets a line such as `{}` be refused without the schema, whose refusal costs many times a response's
 * checks; the schema still words the reason, when it is asked for.
 */
export function lacksRequiredKeys(value: unknown): boolean {
  if (!isObject(value)) return true;
  for (const key of REQUIRED_KEYS) if (!(key in value)) return true;
  return false;
}
